package org.jumelage.organisations;

/** What the holder of an invitation link may see before accepting it. */
public record InvitationPreview(String organisationName, String email, String inviterName, State state) {

    /** Whether the link can still be used, and if not, why. */
    public enum State {
        VALID,
        EXPIRED,
        USED,
        REVOKED
    }

    public boolean isUsable() {
        return state == State.VALID;
    }
}
