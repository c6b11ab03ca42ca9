package org.jumelage.organisations;

import java.time.Instant;

/** A pending invitation to join an organisation; {@code expired} once its link no longer works. */
public record InvitationSummary(
        String id,
        String organisationId,
        String email,
        String invitedBy,
        Instant createdAt,
        Instant expiresAt,
        boolean expired) {
}
