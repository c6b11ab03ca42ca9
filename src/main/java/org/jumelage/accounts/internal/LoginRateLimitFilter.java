package org.jumelage.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.audit.AuditTrail.Actor;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each posted sign-in form per client address and, past the limit, answers as a failed
 * sign-in (back to the login page, which says to wait) without checking the password at all. Each
 * refused attempt is written to the audit log like a failed sign-in: by a visitor, against the address
 * as typed, whether or not it has an account, and never with the password.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

    /** The login form's field for the address (Spring Security's default). */
    private static final String USERNAME = "username";

    private final RateLimiter limiter;
    private final AuditTrail audit;

    LoginRateLimitFilter(RateLimiter limiter, AuditTrail audit) {
        this.limiter = limiter;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limiter.tryAcquire(RateLimiter.Action.LOGIN, request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String typed = request.getParameter(USERNAME);
        audit.record(Actor.ANONYMOUS, AuditAction.SIGN_IN_RATE_LIMITED, AuditTarget.SIGN_IN_ADDRESS,
                UserAccount.emailKey(typed == null ? "" : typed), null, request.getRemoteAddr());
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new TooManyAttemptsException());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
