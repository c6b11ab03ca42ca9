package org.jumelage.accounts.internal;

import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditPrincipal;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.audit.AuditTrail.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins, failed sign-ins and sign-outs to the audit log. A failure is recorded the same way
 * whatever its cause (unknown address, wrong password, locked or disabled account), against the address
 * as typed and never the password, so the log does not tell which addresses have an account. The
 * typed address is personal data: it is kept only for the audit log's retention period.
 */
@Component
class SignInAudit {

    private final AuditTrail audit;
    private final UserAccountRepository users;

    SignInAudit(AuditTrail audit, UserAccountRepository users) {
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUserDetails details) {
            audit.record(Actor.of(details), AuditAction.SIGN_IN_SUCCEEDED, AuditTarget.ACCOUNT, details.id(), null,
                    clientAddress(event.getAuthentication()));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Object typed = event.getAuthentication().getPrincipal();
        audit.record(Actor.ANONYMOUS, AuditAction.SIGN_IN_FAILED, AuditTarget.SIGN_IN_ADDRESS,
                UserAccount.emailKey(typed == null ? "" : typed.toString()), null,
                clientAddress(event.getAuthentication()));
    }

    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AuditPrincipal principal) {
            // The session's principal keeps the name of its sign-in; the account's may have changed since,
            // to a pseudonym when the person has just erased their account.
            String name = users.findById(principal.auditId()).map(UserAccount::getDisplayName)
                    .orElse(principal.auditName());
            audit.record(new Actor(principal.auditId(), name == null ? "" : name), AuditAction.SIGNED_OUT, AuditTarget.ACCOUNT, principal.auditId(), null,
                    clientAddress(event.getAuthentication()));
        }
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
