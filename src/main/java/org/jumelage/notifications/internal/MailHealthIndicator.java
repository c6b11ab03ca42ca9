package org.jumelage.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The "mail" component of {@code /actuator/health}: whether the SMTP server answers. Failures are
 * logged, never put in the response (no host names or server replies leak to anonymous callers).
 * Without an SMTP host the application works in outbox-only mode, which is healthy.
 */
@Component("mailHealthIndicator")
class MailHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(MailHealthIndicator.class);

    private final MailSettings settings;
    private final ObjectProvider<JavaMailSenderImpl> mailSender;

    MailHealthIndicator(MailSettings settings, ObjectProvider<JavaMailSenderImpl> mailSender) {
        this.settings = settings;
        this.mailSender = mailSender;
    }

    @Override
    public Health health() {
        JavaMailSenderImpl sender = mailSender.getIfAvailable();
        if (!settings.isConfigured() || sender == null) {
            return Health.up().withDetail("mode", "outbox-only").build();
        }
        try {
            sender.testConnection();
            return Health.up().withDetail("mode", "smtp").build();
        } catch (Exception e) {
            log.warn("Mail health check failed: {}", DeliveryFailures.describe(e));
            return Health.down().build();
        }
    }
}
