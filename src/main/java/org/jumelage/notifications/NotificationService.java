package org.jumelage.notifications;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.jumelage.notifications.internal.OutboxMessage;
import org.jumelage.notifications.internal.OutboxRepository;
import org.jumelage.shared.i18n.Languages;
import org.springframework.stereotype.Service;

/**
 * The one way to send an e-mail: the message is stored in the outbox first, then delivered by the
 * scheduled sender with retries, so a mail server outage loses nothing.
 */
@Service
public class NotificationService {

    private final OutboxRepository outbox;
    private final Clock clock;

    public NotificationService(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Stores a message for delivery.
     *
     * @param recipient e-mail address
     * @param language  language of the recipient (French or English)
     * @param template  template name under {@code templates/mail/} (HTML and text variants)
     * @param model     values the template shows; strings, numbers and booleans
     * @return the outbox message id
     */
    public String enqueue(String recipient, Locale language, String template, Map<String, Object> model) {
        OutboxMessage message = new OutboxMessage(recipient, Languages.normalise(language), template, model,
                clock.instant());
        return outbox.save(message).getId();
    }
}
