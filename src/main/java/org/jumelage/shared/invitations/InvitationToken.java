package org.jumelage.shared.invitations;

import java.util.Optional;

import org.jumelage.shared.security.SecureTokens;

/**
 * The secret of an invitation link: {@code value} goes into the e-mail, only {@code hash} is stored,
 * so a stolen copy of the store opens no invitation.
 */
public record InvitationToken(String value, String hash) {

    public static InvitationToken generate() {
        String value = SecureTokens.newToken();
        return new InvitationToken(value, SecureTokens.hash(value));
    }

    /** The stored hash to look a presented token up by; empty for a missing or blank token. */
    public static Optional<String> hashOf(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SecureTokens.hash(presented.strip()));
    }
}
