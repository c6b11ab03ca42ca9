package org.jumelage.notifications.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jumelage.notifications.OutboxStatus;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.storage.BaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** One e-mail waiting in, or delivered from, the outbox. */
@Document("outbox")
public class OutboxMessage extends BaseDocument {

    private String recipient;
    private String recipientKey;
    private String language;
    private String template;
    private Map<String, Object> model = new LinkedHashMap<>();
    private OutboxStatus status = OutboxStatus.PENDING;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, Locale language, String template, Map<String, Object> model,
            Instant now) {
        this.recipient = recipient;
        this.recipientKey = recipientKey(recipient);
        this.language = Languages.normalise(language).getLanguage();
        this.template = template;
        this.model = new LinkedHashMap<>(model);
        this.nextAttemptAt = now;
    }

    public void markSent(Instant now) {
        status = OutboxStatus.SENT;
        attempts++;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Records a failed attempt; schedules the next one, or gives up when {@code next} is null. */
    public void markAttemptFailed(String error, Instant next) {
        attempts++;
        lastError = error;
        nextAttemptAt = next;
        if (next == null) {
            status = OutboxStatus.FAILED;
        }
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientKey() {
        return recipientKey;
    }

    public Locale getLanguage() {
        return Languages.fromTag(language);
    }

    public String getTemplate() {
        return template;
    }

    public Map<String, Object> getModel() {
        return model;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** The lower-case, trimmed address under which messages to a recipient are found. */
    public static String recipientKey(String recipient) {
        return recipient == null ? null : recipient.trim().toLowerCase(Locale.ROOT);
    }
}
