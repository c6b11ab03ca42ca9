package org.jumelage.notifications.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential back-off: after the n-th failed attempt the next one waits {@code base * 2^(n-1)},
 * never more than {@code maxBackoff}; after {@code maxAttempts} failures there is no next attempt.
 */
record RetryPolicy(Duration base, Duration maxBackoff, int maxAttempts) {

    RetryPolicy {
        if (base.isNegative() || base.isZero() || maxBackoff.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Invalid retry policy: " + base + ", " + maxBackoff + ", " + maxAttempts);
        }
    }

    static RetryPolicy of(MailSettings settings) {
        return new RetryPolicy(settings.retryBase(), settings.maxBackoff(), settings.maxAttempts());
    }

    /** Delay after the given number of failed attempts (1 or more). */
    Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        int doublings = failedAttempts - 1;
        // Stop doubling before the value could overflow; the cap is reached long before anyway.
        if (doublings >= 62 || base.toMillis() > (maxBackoff.toMillis() >> doublings)) {
            return maxBackoff;
        }
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    /** When to try again after the given number of failed attempts, or null to give up. */
    Instant nextAttempt(int failedAttempts, Instant now) {
        return failedAttempts >= maxAttempts ? null : now.plus(delayAfter(failedAttempts));
    }
}
