package org.jumelage.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** What other features and views may know of an account. */
public record UserSummary(
        String id,
        String email,
        String displayName,
        Set<Role> roles,
        Locale language,
        boolean emailVerified,
        boolean enabled,
        Instant createdAt,
        Instant lastLoginAt,
        long version) {

    public boolean hasRole(Role role) {
        return roles.contains(role) || (role == Role.COORDINATOR && roles.contains(Role.ADMIN));
    }
}
