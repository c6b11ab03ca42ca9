package org.jumelage.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

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

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Delivers due outbox messages over SMTP, oldest first, and schedules retries with exponential
 * back-off. Without an SMTP host, messages stay PENDING and administrators read them in the outbox
 * view.
 * <p>
 * Two guards keep a message from being sent twice. A cluster-wide ShedLock lock ({@value #LOCK}) lets
 * one node at a time run the loop. That alone is not enough: a lock can run out while its node still
 * works (a long pause). So each message is first <em>claimed</em> with one atomic
 * {@code findAndModify} that moves its {@code nextAttemptAt} a lease ahead and bumps its
 * {@code @Version}: no other node sees it as due until the lease ends. The outcome is then saved
 * with that version, so if the lease did run out and another node claimed the message meanwhile,
 * our save is refused instead of overwriting its result. A plain read-then-{@code @Version}-save
 * would only detect the double send after both sent; the claim prevents it.
 * <p>
 * Both the lock and the claim are held for a short {@link #LEASE} only, and a heartbeat renews them
 * every {@link #RENEW_EVERY} while this node works (an SMTP attempt may take up to three 10 s
 * time-outs). A node that dies ({@code kill -9}, power loss) stops renewing: its lock and its claim
 * end within one lease, and another node, or the same one restarted, resumes the mail at once. A
 * renewal only succeeds for the claim's own version, so it never extends another node's claim; if
 * the lock cannot be renewed, this node takes no further message.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int BATCH_SIZE = 50;
    /** The ShedLock lock's name (kept from the days of {@code @SchedulerLock}). */
    static final String LOCK = "outbox-sender";
    /** How long the lock and a claim outlive their last renewal: the pause of mail after a crash. */
    static final Duration LEASE = Duration.ofSeconds(15);
    /** A third of the lease: two renewals may be late before anything is lost. */
    static final Duration RENEW_EVERY = LEASE.dividedBy(3);

    private final MongoTemplate mongo;
    private final OutboxRepository outbox;
    private final MailRenderer renderer;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final RetryPolicy retry;
    private final LockProvider locks;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "outbox-lease");
        thread.setDaemon(true);
        return thread;
    });

    OutboxSender(MongoTemplate mongo, OutboxRepository outbox, MailRenderer renderer, MailSettings settings,
            ObjectProvider<JavaMailSender> mailSender, Clock clock, LockProvider locks) {
        this.locks = locks;
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
    public void sendDueMessages() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!settings.isConfigured() || sender == null) {
            return;
        }
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), LOCK, LEASE, Duration.ZERO));
        if (lock.isEmpty()) {
            return; // another node is sending
        }
        Hold hold = new Hold(lock.get());
        ScheduledFuture<?> renewal = heartbeat.scheduleAtFixedRate(() -> renew(hold), RENEW_EVERY.toMillis(),
                RENEW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        try {
            for (int i = 0; i < BATCH_SIZE && hold.isHeld(); i++) {
                OutboxMessage message = claimNextDue();
                if (message == null) {
                    return;
                }
                hold.working(message);
                try {
                    deliver(sender, message);
                } finally {
                    hold.working(null);
                }
            }
        } finally {
            renewal.cancel(false);
            hold.release();
        }
    }

    @PreDestroy
    void stopHeartbeat() {
        heartbeat.shutdownNow();
    }

    /** The heartbeat: extends the lock, then the claim of the message being delivered. */
    private void renew(Hold hold) {
        try {
            OutboxMessage message = hold.extend();
            if (message != null) {
                Query own = Query.query(Criteria.where("_id").is(message.getId()).and("version")
                        .is(message.getVersion()).and("status").is(OutboxStatus.PENDING));
                // By collection name: given the entity class, Spring Data would also bump the @Version,
                // and the delivery's own save would then be refused as if another node had claimed it.
                mongo.updateFirst(own, new Update().set("nextAttemptAt", clock.instant().plus(LEASE)),
                        mongo.getCollectionName(OutboxMessage.class));
            }
        } catch (RuntimeException e) {
            // The next beat tries again; a lease ends only after two missed ones.
            log.warn("Could not renew the outbox sender's lease: {}", e.toString());
        }
    }

    /** The lock this run holds and the message it is delivering, shared with the heartbeat thread. */
    private static final class Hold {
        private SimpleLock lock;
        private OutboxMessage inFlight;

        Hold(SimpleLock lock) {
            this.lock = lock;
        }

        synchronized boolean isHeld() {
            return lock != null;
        }

        synchronized void working(OutboxMessage message) {
            inFlight = message;
        }

        /** Extends the lock; returns the message whose claim to renew too, or null. */
        synchronized OutboxMessage extend() {
            if (lock == null) {
                return inFlight;
            }
            Optional<SimpleLock> extended = lock.extend(LEASE, Duration.ZERO);
            if (extended.isEmpty()) {
                log.warn("The outbox sender's lock ran out before it was renewed; no further message this run");
                lock = null;
                // The claim is the message's own guard: keep renewing it until the delivery ends.
                return inFlight;
            }
            lock = extended.get();
            return inFlight;
        }

        synchronized void release() {
            if (lock != null) {
                try {
                    lock.unlock();
                } catch (RuntimeException e) {
                    log.warn("Could not release the outbox sender's lock (it ends by itself): {}", e.toString());
                }
                lock = null;
            }
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
