package org.jumelage.firms.internal;

import java.time.Instant;
import java.util.Locale;

import org.jumelage.firms.FirmInvitationSummary;
import org.jumelage.shared.storage.BaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invitation to join a firm, sent by e-mail. Only the SHA-256 hash of the link's token is
 * stored; the link works once, until {@link #getExpiresAt()}, unless revoked.
 */
@Document("firm_invitations")
public class FirmInvitation extends BaseDocument {

    public enum State {
        PENDING,
        ACCEPTED,
        REVOKED
    }

    private String firmId;
    private String email;
    private String emailKey;
    private String tokenHash;
    private String invitedBy;
    private Instant expiresAt;
    private State state = State.PENDING;
    private String acceptedBy;
    private Instant closedAt;

    protected FirmInvitation() {
    }

    public FirmInvitation(String firmId, String email, String tokenHash, String invitedBy, Instant expiresAt) {
        this.firmId = firmId;
        this.email = email.strip();
        this.emailKey = emailKey(email);
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.expiresAt = expiresAt;
    }

    public static String emailKey(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public void accept(String userId, Instant at) {
        state = State.ACCEPTED;
        acceptedBy = userId;
        closedAt = at;
    }

    public void revoke(Instant at) {
        state = State.REVOKED;
        closedAt = at;
    }

    public FirmInvitationSummary toSummary(Instant now) {
        return new FirmInvitationSummary(getId(), firmId, email, invitedBy, getCreatedAt(), expiresAt, isExpired(now));
    }

    public String getFirmId() {
        return firmId;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public State getState() {
        return state;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }
}
