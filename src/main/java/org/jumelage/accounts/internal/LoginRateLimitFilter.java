package org.jumelage.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.WebAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each posted sign-in form per client address and, past the limit, answers as a failed
 * sign-in (back to the login page, which says to wait) without checking the password at all.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;

    LoginRateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
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
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new TooManyAttemptsException());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
