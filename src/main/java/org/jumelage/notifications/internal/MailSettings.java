package org.jumelage.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail: the SMTP server (none configured means messages stay in the outbox) and the
 * delivery schedule of the outbox sender.
 *
 * @param pollInterval how often the outbox is checked for due messages
 * @param retryBase    delay after the first failed attempt; it doubles after each further failure
 * @param maxAttempts  attempts before a message is marked FAILED
 * @param maxBackoff   longest delay between two attempts
 */
@ConfigurationProperties("jumelage.mail")
public record MailSettings(
        String host,
        @DefaultValue("25") int port,
        String username,
        String password,
        @DefaultValue("Jumelage <no-reply@jumelage.local>") String from,
        @DefaultValue("PT10S") Duration pollInterval,
        @DefaultValue("PT30S") Duration retryBase,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT6H") Duration maxBackoff) {

    public boolean isConfigured() {
        return host != null && !host.isBlank();
    }

    boolean hasCredentials() {
        return username != null && !username.isBlank();
    }

    @Override
    public String toString() {
        // Never print the password (records print every component by default).
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + username + ", from=" + from
                + ", pollInterval=" + pollInterval + ", retryBase=" + retryBase + ", maxAttempts=" + maxAttempts
                + ", maxBackoff=" + maxBackoff + "]";
    }
}
