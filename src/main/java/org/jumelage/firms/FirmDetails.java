package org.jumelage.firms;

import java.time.Instant;
import java.util.List;

/**
 * A firm as its members and coordinators see it; {@code version} goes back with an update.
 * {@code publishesFulfilment}: the firm agreed to appear on the public transparency page (off by default).
 */
public record FirmDetails(String id, FirmProfile profile, String neq, FirmStatus status, String rejectionReason,
        String decidedBy, Instant decidedAt, String administratorId, List<String> memberIds, Instant createdAt,
        long version, boolean publishesFulfilment) {
}
