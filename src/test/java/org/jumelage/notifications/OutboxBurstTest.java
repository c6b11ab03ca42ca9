package org.jumelage.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.JumelageApplication;
import org.jumelage.notifications.internal.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A burst of 1,000 mails across an SMTP outage. The application runs in a context of its own (its own
 * in-memory store and outbox sender) against a GreenMail server of its own, so stopping that server
 * disturbs no other test. Part-way through the burst the server goes down for a second or two and comes
 * back on the same port: every message is delivered exactly once (each mail carries its outbox id),
 * and while the server is down the failed attempts are retried with a doubling back-off.
 */
class OutboxBurstTest {

    private static final int BURST = 1_000;
    private static final Duration RETRY_BASE = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(1);
    /** The shortest outage; it lasts until three back-off steps were seen. */
    private static final Duration OUTAGE = Duration.ofSeconds(1);

    private final int smtpPort = freePort();
    private GreenMail smtp;
    private ConfigurableApplicationContext app;

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void a_burst_of_1000_mails_is_delivered_exactly_once_across_an_smtp_outage_with_backoff() throws Exception {
        smtp = startSmtp();
        app = new SpringApplicationBuilder(JumelageApplication.class).run(
                "--server.port=0",
                "--MONGODB_URI=",
                "--spring.data.mongodb.uri=mongodb://127.0.0.1/jumelage",
                "--jumelage.embedded-mongo.in-memory=true",
                "--jumelage.embedded-mongo.port=0",
                "--jumelage.demo-data=false",
                "--jumelage.admin-email=",
                "--jumelage.admin-password=",
                "--jumelage.mail.host=127.0.0.1",
                "--jumelage.mail.port=" + smtpPort,
                "--jumelage.mail.poll-interval=PT0.05S",
                "--jumelage.mail.retry-base=" + RETRY_BASE,
                "--jumelage.mail.max-backoff=" + MAX_BACKOFF,
                // enough attempts that no message gives up during the outage
                "--jumelage.mail.max-attempts=60",
                "--vaadin.launch-browser=false",
                "--spring.devtools.restart.enabled=false",
                "--logging.level.org.jumelage.notifications=WARN");
        NotificationService notifications = app.getBean(NotificationService.class);
        MongoTemplate mongo = app.getBean(MongoTemplate.class);

        Set<String> ids = new HashSet<>();
        for (int i = 0; i < BURST; i++) {
            ids.add(notifications.enqueue("burst-" + i + "@example.org", i % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH,
                    "verify-email", Map.of("name", "Personne " + i, "link", "https://jumelage.example/v?i=" + i,
                            "validHours", 24L)));
        }
        assertThat(ids).hasSize(BURST);

        // Down part-way through the burst.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                .until(() -> smtp.getReceivedMessages().length >= BURST / 4);
        GreenMail first = smtp;
        // GreenMail forgets its mails when stopped: keep hold of its store to read them afterwards.
        Managers firstStore = first.getManagers();
        first.stop();
        List<MimeMessage> received = new ArrayList<>(firstStore.getImapHostManager().getAllMessages().stream()
                .map(StoredMessage::getMimeMessage).toList());
        assertThat(received.size()).as("delivered before the outage").isLessThan(BURST);

        // While it is down, attempts fail and are spaced out more and more: the outage lasts until the
        // delays after three successive failed attempts have been seen (and at least OUTAGE).
        Map<Integer, Duration> delays = new TreeMap<>();
        Instant outageMinimum = Instant.now().plus(OUTAGE);
        await("back-off seen for 3 attempts").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    observeDelays(mongo, delays);
                    return delays.keySet().containsAll(List.of(1, 2, 3)) && !Instant.now().isBefore(outageMinimum);
                });
        assertThat(delays).containsKeys(1, 2, 3);
        for (Map.Entry<Integer, Duration> seen : delays.entrySet()) {
            Duration expected = RETRY_BASE.multipliedBy(1L << Math.min(seen.getKey() - 1, 20));
            expected = expected.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : expected;
            // The next attempt is set from the clock just before the save stamps updatedAt.
            assertThat(seen.getValue()).as("delay after failed attempt %d", seen.getKey())
                    .isBetween(expected.minusMillis(250), expected);
        }
        assertThat(mongo.count(Query.query(Criteria.where("status").is(OutboxStatus.SENT)), OutboxMessage.class))
                .as("sent while the server was down").isEqualTo(received.size());

        // Back on the same port: the rest is delivered.
        smtp = startSmtp();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .until(() -> mongo.count(Query.query(Criteria.where("status").is(OutboxStatus.SENT)),
                        OutboxMessage.class) == BURST);
        // A deliberate wait with nothing to wait for: every message is SENT, so the only mail that could
        // still arrive is a duplicate (a second node or a lapsed claim sending again). No condition can
        // say "nothing more will come"; a second is many poll intervals of the sender.
        Thread.sleep(1_000);
        received.addAll(List.of(smtp.getReceivedMessages()));

        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage mail : received) {
            String[] header = mail.getHeader("X-Jumelage-Outbox-Id");
            assertThat(header).hasSize(1);
            copies.merge(header[0], 1, Integer::sum);
        }
        assertThat(copies.keySet()).as("outbox ids received").isEqualTo(ids);
        assertThat(copies.entrySet().stream().filter(e -> e.getValue() > 1).toList()).as("delivered twice").isEmpty();
        assertThat(received).hasSize(BURST);
        assertThat(mongo.count(Query.query(Criteria.where("status").is(OutboxStatus.FAILED)), OutboxMessage.class))
                .isZero();
        assertThat(mongo.count(Query.query(Criteria.where("attempts").gte(2)), OutboxMessage.class))
                .as("messages retried after the outage").isPositive();
    }

    /** Records, per failed attempt number, the delay a pending message was given before its next attempt. */
    private static void observeDelays(MongoTemplate mongo, Map<Integer, Duration> delays) {
        for (OutboxMessage m : mongo.find(Query.query(Criteria.where("status").is(OutboxStatus.PENDING)
                .and("attempts").gte(1)), OutboxMessage.class)) {
            if (m.getLastError() != null && m.getNextAttemptAt() != null && m.getUpdatedAt() != null
                    && m.getNextAttemptAt().isBefore(m.getUpdatedAt().plus(Duration.ofMinutes(1)))) {
                delays.putIfAbsent(m.getAttempts(), Duration.between(m.getUpdatedAt(), m.getNextAttemptAt()));
            }
        }
    }

    private GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
