package org.jumelage.notifications;

import java.time.Instant;
import java.util.Locale;

/** One outbox message as administrators see it in the list. */
public record OutboxEntry(String id, Instant createdAt, String recipient, String template, String subject,
        Locale language, OutboxStatus status, int attempts, String lastError, Instant nextAttemptAt,
        Instant sentAt) {
}
