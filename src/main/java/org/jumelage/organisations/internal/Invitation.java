package org.jumelage.organisations.internal;

import java.time.Instant;

import org.jumelage.organisations.InvitationSummary;
import org.jumelage.shared.invitations.InvitationDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invitation to join an organisation, sent by e-mail. Only the SHA-256 hash of the link's token
 * is stored; the link works once, until {@link #getExpiresAt()}, unless revoked.
 */
@Document("organisation_invitations")
public class Invitation extends InvitationDocument {

    private String organisationId;

    protected Invitation() {
    }

    public Invitation(String organisationId, String email, String tokenHash, String invitedBy, Instant expiresAt) {
        super(email, tokenHash, invitedBy, expiresAt);
        this.organisationId = organisationId;
    }

    public InvitationSummary toSummary(Instant now) {
        return new InvitationSummary(getId(), organisationId, getEmail(), getInvitedBy(), getCreatedAt(),
                getExpiresAt(), isExpired(now));
    }

    public String getOrganisationId() {
        return organisationId;
    }
}
