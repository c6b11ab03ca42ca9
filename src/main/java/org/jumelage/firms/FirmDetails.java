package org.jumelage.firms;

import java.time.Instant;
import java.util.List;

/** A firm as its members and coordinators see it; {@code version} goes back with an update. */
public record FirmDetails(String id, FirmProfile profile, String neq, FirmStatus status, String rejectionReason,
        String decidedBy, Instant decidedAt, String administratorId, List<String> memberIds, Instant createdAt,
        long version) {
}
