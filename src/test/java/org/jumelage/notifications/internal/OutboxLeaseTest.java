package org.jumelage.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jumelage.notifications.OutboxStatus;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.Mailbox;
import org.jumelage.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import net.javacrumbs.shedlock.core.LockProvider;

/**
 * A delivery that lasts longer than a lease renewal period keeps its claim: while the SMTP server is
 * slow to answer, the heartbeat moves the claim's end forward, and when the mail is through, its
 * outcome is saved (the renewal must not look like another node's claim). The sender under test runs
 * a day ahead of the application's clock, and its message is due only for it, so the application's
 * own scheduled sender never touches it.
 */
class OutboxLeaseTest extends IntegrationTestBase {

    /** Longer than a renewal period: at least one renewal happens during the delivery. */
    private static final Duration SLOW_GREETING = OutboxSender.RENEW_EVERY.plusSeconds(5);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    MailRenderer renderer;
    @Autowired
    MailSettings applicationSettings;
    @Autowired
    LockProvider locks;

    private ServerSocket proxy;

    @AfterEach
    void closeProxy() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void a_slow_delivery_keeps_its_claim_renewed_and_its_outcome_is_saved() throws Exception {
        proxy = slowProxyToTheTestMailServer();
        Clock ahead = Clock.offset(clock, Duration.ofDays(1));
        OutboxSender sender = new OutboxSender(mongo, outbox, renderer, settings(proxy.getLocalPort()),
                provider(proxy.getLocalPort()), ahead, locks);
        String recipient = "lent-" + UUID.randomUUID() + "@exemple.org";
        OutboxMessage message = new OutboxMessage(recipient, Locale.FRENCH, "verify-email",
                Map.of("name", "Personne", "link", "https://jumelage.example/v", "validHours", 24L),
                clock.instant().plus(Duration.ofHours(12)));
        String id = outbox.insert(message).getId();

        Thread delivery = new Thread(() -> await("the sender's turn").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    // The application's sender may hold the lock for a moment; then try again.
                    sender.sendDueMessages();
                    OutboxMessage now = outbox.findById(id).orElseThrow();
                    return now.getStatus() != OutboxStatus.PENDING || now.getNextAttemptAt().isAfter(ahead.instant());
                }), "slow-delivery");
        delivery.start();

        Instant claimedUntil = await("the claim").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> outbox.findById(id).orElseThrow().getNextAttemptAt(),
                        at -> at != null && at.isAfter(ahead.instant()));
        await("a renewal of the claim while the server is silent").atMost(SLOW_GREETING)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> outbox.findById(id).orElseThrow().getNextAttemptAt(),
                        at -> at != null && at.isAfter(claimedUntil));
        assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(OutboxStatus.PENDING);

        delivery.join(Duration.ofSeconds(60).toMillis());
        OutboxMessage after = outbox.findById(id).orElseThrow();
        assertThat(after.getStatus()).as("the outcome of the delivery, saved").isEqualTo(OutboxStatus.SENT);
        assertThat(after.getAttempts()).as("one attempt, the successful one").isEqualTo(1);
        assertThat(Mailbox.awaitMessages(recipient, 1, Duration.ofSeconds(10))).hasSize(1);
    }

    private MailSettings settings(int port) {
        MailSettings app = applicationSettings;
        return new MailSettings("127.0.0.1", port, null, null, app.from(), app.pollInterval(), app.retryBase(),
                app.maxAttempts(), app.maxBackoff());
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> provider(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        mail.setDefaultEncoding("UTF-8");
        mail.getJavaMailProperties().setProperty("mail.smtp.timeout", "30000");
        return new StaticListableBeanFactory(Map.of("mailSender", mail)).getBeanProvider(JavaMailSender.class);
    }

    /** Forwards to the test mail server, holding back its greeting for {@link #SLOW_GREETING}. */
    private static ServerSocket slowProxyToTheTestMailServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), TestMailServer.PORT);
                    pipe(client.getInputStream(), upstream.getOutputStream(), Duration.ZERO);
                    pipe(upstream.getInputStream(), client.getOutputStream(), SLOW_GREETING);
                } catch (IOException e) {
                    return; // closed
                }
            }
        }, "slow-smtp-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    private static void pipe(InputStream in, OutputStream out, Duration firstDelay) {
        Thread thread = new Thread(() -> {
            try (in; out) {
                Thread.sleep(firstDelay.toMillis());
                in.transferTo(out);
            } catch (IOException | InterruptedException e) {
                // the connection ended
            }
        }, "slow-smtp-pipe");
        thread.setDaemon(true);
        thread.start();
    }
}
