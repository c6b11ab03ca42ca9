package org.jumelage.accounts;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.internal.CurrentInstance;

/**
 * Runs one step as the platform itself, with a coordinator's rights: what follows automatically from
 * someone else's action (both sides accepted a match, so the ledger records the allocation) or from
 * a scheduled job. The person's own context is put back afterwards; {@link CurrentUser#id()} stays
 * empty inside, so audit fields and ledger lines read "system".
 */
@Component
public class SystemActor {

    /** The principal of a system step; nobody can sign in as it. */
    static final String PRINCIPAL = "system";

    public <T> T call(Supplier<T> step) {
        // In a Vaadin request the session's security context wins over the thread's: step out of the
        // session for the duration, then put everything back.
        Map<Class<?>, CurrentInstance> vaadin = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PRINCIPAL, null,
                List.of(new SimpleGrantedAuthority(Role.COORDINATOR.authority()))));
        SecurityContextHolder.setContext(system);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            CurrentInstance.restoreInstances(vaadin);
        }
    }

    public void run(Runnable step) {
        call(() -> {
            step.run();
            return null;
        });
    }

    static boolean isSystem(org.springframework.security.core.Authentication auth) {
        return auth instanceof UsernamePasswordAuthenticationToken && PRINCIPAL == auth.getPrincipal();
    }
}
