package org.jumelage.firms;

import java.time.Instant;

/** A pending invitation to join a firm; {@code expired} once its link no longer works. */
public record FirmInvitationSummary(
        String id,
        String firmId,
        String email,
        String invitedBy,
        Instant createdAt,
        Instant expiresAt,
        boolean expired) {
}
