package org.jumelage.accounts;

import java.util.Optional;

import org.jumelage.accounts.internal.AccountUserDetails;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: the signed-in person of the current request, if any. */
@Component
public class CurrentUser {

    public Optional<String> id() {
        return details().map(AccountUserDetails::id);
    }

    public String requireId() {
        return id().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    public boolean isSignedIn() {
        return details().isPresent();
    }

    public boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (SystemActor.isSystem(auth)) {
            return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
        }
        return details().map(d -> d.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(role.authority()))).orElse(false);
    }

    private Optional<AccountUserDetails> details() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountUserDetails d) {
            return Optional.of(d);
        }
        return Optional.empty();
    }
}
