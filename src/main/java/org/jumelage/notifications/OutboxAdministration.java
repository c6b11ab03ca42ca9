package org.jumelage.notifications;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.notifications.internal.MailRenderer;
import org.jumelage.notifications.internal.MailSettings;
import org.jumelage.notifications.internal.OutboxMessage;
import org.jumelage.notifications.internal.OutboxRepository;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * What administrators see of the outbox: the messages, newest first, and each one as its recipient
 * reads it (the only way to read mails when no SMTP server is configured). The role name is spelled
 * out, not taken from {@code accounts}, because accounts depends on notifications.
 */
@Service
@RolesAllowed("ADMIN")
public class OutboxAdministration {

    private final MongoTemplate mongo;
    private final OutboxRepository outbox;
    private final MailRenderer renderer;
    private final MailSettings settings;

    public OutboxAdministration(MongoTemplate mongo, OutboxRepository outbox, MailRenderer renderer,
            MailSettings settings) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.renderer = renderer;
        this.settings = settings;
    }

    /** One page of messages matching the filter, newest first. */
    public List<OutboxEntry> search(OutboxFilter filter, int offset, int limit) {
        Query query = query(filter).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip(offset).limit(limit);
        return mongo.find(query, OutboxMessage.class).stream().map(this::toEntry).toList();
    }

    public long count(OutboxFilter filter) {
        return mongo.count(query(filter), OutboxMessage.class);
    }

    /** The message as sent (or to be sent); {@link NoSuchElementException} when it does not exist. */
    public RenderedMail render(String id) {
        OutboxMessage message = outbox.findById(id).orElseThrow(() -> new NoSuchElementException(id));
        return renderer.render(message.getTemplate(), message.getLanguage(), message.getModel());
    }

    /** False when messages only wait in the outbox, because no SMTP host is configured. */
    public boolean isSmtpConfigured() {
        return settings.isConfigured();
    }

    private OutboxEntry toEntry(OutboxMessage m) {
        return new OutboxEntry(m.getId(), m.getCreatedAt(), m.getRecipient(), m.getTemplate(),
                subjectOf(m), m.getLanguage(), m.getStatus(), m.getAttempts(), m.getLastError(),
                m.getNextAttemptAt(), m.getSentAt());
    }

    private String subjectOf(OutboxMessage m) {
        try {
            return renderer.subject(m.getTemplate(), m.getLanguage());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Query query(OutboxFilter filter) {
        Query query = new Query();
        if (filter == null) {
            return query;
        }
        if (filter.recipient() != null && !filter.recipient().isBlank()) {
            // NUL cannot travel in a store query and no address holds a control character or runs past 254
            // characters; a longer text would only slow the pattern the store tries on every message.
            String text = filter.recipient().trim().toLowerCase(Locale.ROOT).replaceAll("\\p{Cc}", "");
            text = text.codePoints().limit(254).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString();
            query.addCriteria(Criteria.where("recipientKey").regex(Pattern.quote(text)));
        }
        if (filter.status() != null) {
            query.addCriteria(Criteria.where("status").is(filter.status()));
        }
        return query;
    }
}
