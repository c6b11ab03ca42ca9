package org.jumelage.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many sign-in attempts, registrations and password-reset (or verification) requests one client
 * address may make in a window of time. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that the address is the visitor's, not the proxy's.
 */
@ConfigurationProperties("jumelage.rate-limit")
public record RateLimitSettings(
        @DefaultValue Limit login,
        @DefaultValue Limit registration,
        @DefaultValue Limit passwordReset) {

    /** At most {@code max} requests per {@code window}. */
    public record Limit(@DefaultValue("20") int max, @DefaultValue("PT10M") Duration window) {

        public Limit {
            if (max < 1) {
                throw new IllegalArgumentException("A rate limit allows at least one request, not " + max);
            }
            if (window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("A rate limit window must be positive");
            }
        }
    }
}
