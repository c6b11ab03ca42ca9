package org.jumelage.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.jumelage.notifications.internal.OutboxMessage;
import org.jumelage.notifications.internal.OutboxRepository;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The outbox delivered over real SMTP (GreenMail), with the sender running on its schedule. */
class OutboxDeliveryTest extends IntegrationTestBase {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    NotificationService notifications;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    @Qualifier("mailHealthIndicator")
    HealthIndicator mailHealth;
    @Autowired
    TestRestTemplate http;

    @Test
    void french_recipient_gets_the_french_mail_with_text_and_html_parts() throws Exception {
        String to = unique("fr");
        String id = notifications.enqueue(to, Locale.FRENCH, "verify-email",
                Map.of("name", "Élise", "link", "https://jumelage.example/account/verify?token=abc", "validHours", 24L));

        MimeMessage mail = awaitSingleMailTo(to);
        assertThat(mail.getSubject()).isEqualTo("Confirmez votre adresse courriel");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@jumelage.local");
        Parts parts = parts(mail);
        assertThat(parts.text()).contains("Bonjour Élise,", "https://jumelage.example/account/verify?token=abc",
                "Ce lien est valable 24 heures.", "Ce courriel vous est envoyé par Jumelage.");
        assertThat(parts.html()).contains("Bonjour Élise,", "Confirmer mon adresse",
                "href=\"https://jumelage.example/account/verify?token=abc\"");
        assertThat(awaitStatus(id, OutboxStatus.SENT).getAttempts()).isEqualTo(1);
    }

    @Test
    void english_recipient_gets_the_english_mail() throws Exception {
        String to = unique("en");
        notifications.enqueue(to, Locale.forLanguageTag("en-CA"), "password-reset",
                Map.of("name", "Sam", "link", "https://jumelage.example/reset-password?token=t", "validMinutes", 60L));

        MimeMessage mail = awaitSingleMailTo(to);
        assertThat(mail.getSubject()).isEqualTo("Reset your password");
        Parts parts = parts(mail);
        assertThat(parts.text()).contains("Hello Sam,", "This link is valid for 60 minutes.",
                "This is an automatic message");
        assertThat(parts.html()).contains("Choose a new password", "This e-mail is sent to you by Jumelage.");
    }

    @Test
    void model_values_are_html_escaped_in_the_html_part() throws Exception {
        String to = unique("xss");
        notifications.enqueue(to, Locale.ENGLISH, "verify-email",
                Map.of("name", "<script>x</script>", "link", "https://jumelage.example/v?t=1", "validHours", 24L));

        Parts parts = parts(awaitSingleMailTo(to));
        assertThat(parts.html()).contains("Hello &lt;script&gt;x&lt;/script&gt;,").doesNotContain("<script>");
        assertThat(parts.text()).contains("Hello <script>x</script>,");
    }

    @Test
    void message_is_delivered_once_the_mail_server_returns() throws Exception {
        List<String> recipients = List.of(unique("outage1"), unique("outage2"), unique("outage3"));
        List<String> ids;
        TestMailServer.stop();
        try {
            ids = recipients.stream().map(to -> notifications.enqueue(to, Locale.FRENCH, "verify-email",
                    Map.<String, Object>of("name", "N", "link", "https://jumelage.example/v", "validHours", 24L)))
                    .toList();
            // Attempts grow while the server is down, and the messages stay pending with the error.
            await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(20)).until(
                    () -> ids.stream().map(this::load).allMatch(m -> m.getAttempts() >= 2));
            for (String id : ids) {
                OutboxMessage m = load(id);
                assertThat(m.getStatus()).isEqualTo(OutboxStatus.PENDING);
                assertThat(m.getLastError()).isNotBlank();
                assertThat(m.getNextAttemptAt()).isNotNull();
            }
        } finally {
            TestMailServer.restart();
        }

        for (String id : ids) {
            awaitStatus(id, OutboxStatus.SENT);
        }
        // Exactly one copy each, and no late duplicate.
        await().during(Duration.ofSeconds(1)).atMost(TIMEOUT)
                .until(() -> recipients.stream().allMatch(to -> mailsTo(to).size() == 1));
    }

    @Test
    void invalid_address_fails_at_once_with_its_error() {
        String id = notifications.enqueue("bad address@@example", Locale.FRENCH, "verify-email",
                Map.of("name", "N", "link", "https://jumelage.example/v", "validHours", 24L));

        OutboxMessage failed = awaitStatus(id, OutboxStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).contains("AddressException");
        assertThat(failed.getNextAttemptAt()).isNull();
    }

    @Test
    void message_fails_after_the_last_attempt_while_the_server_stays_down() {
        String to = unique("down");
        TestMailServer.stop();
        try {
            String id = notifications.enqueue(to, Locale.ENGLISH, "password-reset",
                    Map.of("name", "N", "link", "https://jumelage.example/r", "validMinutes", 60L));
            OutboxMessage failed = awaitStatus(id, OutboxStatus.FAILED);
            assertThat(failed.getAttempts()).isEqualTo(4); // jumelage.mail.max-attempts in the test base
            assertThat(failed.getLastError()).contains("MailSendException");
            assertThat(failed.getSentAt()).isNull();
        } finally {
            TestMailServer.restart();
        }
    }

    @Test
    void mail_health_follows_the_smtp_server() {
        assertThat(mailHealth.health().getStatus()).isEqualTo(Status.UP);
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"mail\"");
        TestMailServer.stop();
        try {
            var down = mailHealth.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).isEmpty();
        } finally {
            TestMailServer.restart();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private OutboxMessage load(String id) {
        return outbox.findById(id).orElseThrow();
    }

    private OutboxMessage awaitStatus(String id, OutboxStatus status) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> load(id).getStatus() == status);
        return load(id);
    }

    private MimeMessage awaitSingleMailTo(String to) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> !mailsTo(to).isEmpty());
        List<MimeMessage> mails = mailsTo(to);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> isTo(m, to)).toList();
    }

    private static boolean isTo(MimeMessage message, String to) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(to));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Parts(String text, String html) {
    }

    private static Parts parts(MimeMessage mail) throws Exception {
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart multipart = (MimeMultipart) mail.getContent();
        assertThat(multipart.getCount()).isEqualTo(2);
        BodyPart text = multipart.getBodyPart(0);
        BodyPart html = multipart.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        return new Parts((String) text.getContent(), (String) html.getContent());
    }
}
