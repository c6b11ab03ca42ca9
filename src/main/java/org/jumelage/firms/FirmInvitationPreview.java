package org.jumelage.firms;

/** What the holder of a firm invitation link may see before accepting it. */
public record FirmInvitationPreview(String firmName, String email, String inviterName, State state) {

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
