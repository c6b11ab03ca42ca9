package org.jumelage.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(6), 8);

    @Test
    void delay_doubles_after_each_failed_attempt() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void delay_never_exceeds_the_maximum_back_off() {
        RetryPolicy longRun = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(6), 100);
        assertThat(longRun.delayAfter(10)).isEqualTo(Duration.ofSeconds(30 * 512));
        assertThat(longRun.delayAfter(11)).isEqualTo(Duration.ofHours(6)); // 8h32 capped
        assertThat(longRun.delayAfter(64)).isEqualTo(Duration.ofHours(6));
        assertThat(longRun.delayAfter(99)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void next_attempt_is_scheduled_until_the_last_attempt_then_given_up() {
        assertThat(policy.nextAttempt(1, NOW)).isEqualTo(NOW.plusSeconds(30));
        assertThat(policy.nextAttempt(7, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(32)));
        assertThat(policy.nextAttempt(8, NOW)).isNull();
        assertThat(policy.nextAttempt(9, NOW)).isNull();
    }

    @Test
    void settings_defaults_give_the_documented_schedule() {
        MailSettings defaults = new MailSettings("", 25, "", "", "x@example.org", Duration.ofSeconds(10),
                Duration.ofSeconds(30), 8, Duration.ofHours(6));
        RetryPolicy fromSettings = RetryPolicy.of(defaults);
        assertThat(fromSettings).isEqualTo(policy);
        assertThat(defaults.isConfigured()).isFalse();
    }

    @Test
    void inconsistent_policy_is_refused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
