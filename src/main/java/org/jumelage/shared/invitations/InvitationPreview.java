package org.jumelage.shared.invitations;

/**
 * What the holder of an invitation link may see before accepting it: whom they are invited to join
 * ({@code holderName}: an organisation, a firm), by whom, at which address, and whether the link
 * still works.
 */
public record InvitationPreview(String holderName, String email, String inviterName, State state) {

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
