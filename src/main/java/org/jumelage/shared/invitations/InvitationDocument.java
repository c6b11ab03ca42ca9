package org.jumelage.shared.invitations;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

import org.jumelage.shared.storage.BaseDocument;
import org.jumelage.shared.validation.RefusalException;

/**
 * The stored part every membership invitation shares, whatever it invites to join: the invited
 * address, the hash of the link's token, who invited, until when the link works, and whether it was
 * used or revoked. A subclass adds the id of what it invites to join and its own collection.
 */
public abstract class InvitationDocument extends BaseDocument {

    public enum State {
        PENDING,
        ACCEPTED,
        REVOKED
    }

    private String email;
    private String emailKey;
    private String tokenHash;
    private String invitedBy;
    private Instant expiresAt;
    private State state = State.PENDING;
    private String acceptedBy;
    private Instant closedAt;

    protected InvitationDocument() {
    }

    protected InvitationDocument(String email, String tokenHash, String invitedBy, Instant expiresAt) {
        this.email = email.strip();
        this.emailKey = emailKey(email);
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.expiresAt = expiresAt;
    }

    /** The address as compared: trimmed and lower-case. */
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

    /** What the link leads to now, as its holder sees it. */
    public InvitationPreview.State linkState(Instant now) {
        return switch (state) {
            case ACCEPTED -> InvitationPreview.State.USED;
            case REVOKED -> InvitationPreview.State.REVOKED;
            case PENDING -> isExpired(now) ? InvitationPreview.State.EXPIRED : InvitationPreview.State.VALID;
        };
    }

    /**
     * Refuses a link that no longer works, with the message {@code <keyPrefix>.expired}, {@code .used}
     * or {@code .revoked}.
     */
    public void requireUsable(Instant now, String keyPrefix, Function<String, ? extends RefusalException> refusal) {
        switch (linkState(now)) {
            case EXPIRED -> throw refusal.apply(keyPrefix + ".expired");
            case USED -> throw refusal.apply(keyPrefix + ".used");
            case REVOKED -> throw refusal.apply(keyPrefix + ".revoked");
            case VALID -> { }
        }
    }

    public boolean isFor(String email) {
        return emailKey.equals(emailKey(email));
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
