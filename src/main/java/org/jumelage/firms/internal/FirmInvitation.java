package org.jumelage.firms.internal;

import java.time.Instant;

import org.jumelage.firms.FirmInvitationSummary;
import org.jumelage.shared.invitations.InvitationDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invitation to join a firm, sent by e-mail. Only the SHA-256 hash of the link's token is
 * stored; the link works once, until {@link #getExpiresAt()}, unless revoked.
 */
@Document("firm_invitations")
public class FirmInvitation extends InvitationDocument {

    private String firmId;

    protected FirmInvitation() {
    }

    public FirmInvitation(String firmId, String email, String tokenHash, String invitedBy, Instant expiresAt) {
        super(email, tokenHash, invitedBy, expiresAt);
        this.firmId = firmId;
    }

    public FirmInvitationSummary toSummary(Instant now) {
        return new FirmInvitationSummary(getId(), firmId, getEmail(), getInvitedBy(), getCreatedAt(), getExpiresAt(),
                isExpired(now));
    }

    public String getFirmId() {
        return firmId;
    }
}
