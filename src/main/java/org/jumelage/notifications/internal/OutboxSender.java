package org.jumelage.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.jumelage.notifications.OutboxStatus;
import org.jumelage.notifications.RenderedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Delivers due outbox messages over SMTP, oldest first, and schedules retries with exponential
 * back-off. Without an SMTP host, messages stay PENDING and administrators read them in the outbox
 * view.
 * <p>
 * Two guards keep a message from being sent twice. ShedLock lets one node at a time run the loop.
 * That alone is not enough: a lock held past {@code lockAtMostFor} (slow server, long pause) is
 * released while this node still works. So each message is first <em>claimed</em> with one atomic
 * {@code findAndModify} that moves its {@code nextAttemptAt} a lease ahead and bumps its
 * {@code @Version}: no other node sees it as due until the lease ends. The outcome is then saved
 * with that version, so if the lease did run out and another node claimed the message meanwhile,
 * our save is refused instead of overwriting its result. A plain read-then-{@code @Version}-save
 * would only detect the double send after both sent; the claim prevents it. If a node dies after
 * claiming, the message becomes due again once the lease ends (at-least-once, as SMTP can offer).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int BATCH_SIZE = 50;
    /** Longer than the three 10 s SMTP time-outs of one attempt, short enough to resume after a crash. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final MongoTemplate mongo;
    private final OutboxRepository outbox;
    private final MailRenderer renderer;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final RetryPolicy retry;

    OutboxSender(MongoTemplate mongo, OutboxRepository outbox, MailRenderer renderer, MailSettings settings,
            ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.renderer = renderer;
        this.settings = settings;
        this.mailSender = mailSender;
        this.clock = clock;
        this.retry = RetryPolicy.of(settings);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void reportMode() {
        if (settings.isConfigured()) {
            log.info("Outbox sender: SMTP {}:{}, polling every {}", settings.host(), settings.port(),
                    settings.pollInterval());
        } else {
            log.warn("No SMTP host configured: e-mails stay in the outbox (admin view /admin/outbox)");
        }
    }

    /** Sends up to one batch of due messages; the next run continues with the rest. */
    @Scheduled(fixedDelayString = "${jumelage.mail.poll-interval:PT10S}")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT5M")
    public void sendDueMessages() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!settings.isConfigured() || sender == null) {
            return;
        }
        for (int i = 0; i < BATCH_SIZE; i++) {
            OutboxMessage message = claimNextDue();
            if (message == null) {
                return;
            }
            deliver(sender, message);
        }
    }

    private OutboxMessage claimNextDue() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("status").is(OutboxStatus.PENDING).and("nextAttemptAt").lte(now))
                .with(Sort.by("createdAt", "_id"));
        Update lease = new Update().set("nextAttemptAt", now.plus(LEASE)).inc("version", 1);
        return mongo.findAndModify(due, lease, FindAndModifyOptions.options().returnNew(true), OutboxMessage.class);
    }

    private void deliver(JavaMailSender sender, OutboxMessage message) {
        try {
            RenderedMail mail = renderer.render(message.getTemplate(), message.getLanguage(), message.getModel());
            sender.send(compose(sender, message, mail));
            message.markSent(clock.instant());
            log.debug("Outbox message {} sent", message.getId());
        } catch (RuntimeException | MessagingException e) {
            int failedAttempts = message.getAttempts() + 1;
            boolean permanent = DeliveryFailures.isPermanent(e);
            Instant next = permanent ? null : retry.nextAttempt(failedAttempts, clock.instant());
            String error = DeliveryFailures.describe(e);
            message.markAttemptFailed(error, next);
            if (next == null) {
                log.warn("Outbox message {} failed after {} attempt(s){}: {}", message.getId(), failedAttempts,
                        permanent ? " (permanent error)" : "", error);
            } else {
                log.info("Outbox message {} attempt {} failed, next at {}: {}", message.getId(), failedAttempts,
                        next, error);
            }
        }
        try {
            outbox.save(message);
        } catch (OptimisticLockingFailureException e) {
            log.warn("Outbox message {} was claimed by another node meanwhile; its outcome is kept", message.getId());
        }
    }

    private MimeMessage compose(JavaMailSender sender, OutboxMessage message, RenderedMail mail)
            throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        mime.setFrom(new InternetAddress(settings.from(), true));
        InternetAddress to = new InternetAddress(message.getRecipient(), true);
        to.validate();
        mime.setRecipient(Message.RecipientType.TO, to);
        mime.setSubject(mail.subject(), "UTF-8");
        mime.setSentDate(Date.from(clock.instant()));
        mime.setHeader("Content-Language", message.getLanguage().getLanguage());
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setHeader("X-Jumelage-Outbox-Id", message.getId());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        return mime;
    }
}
