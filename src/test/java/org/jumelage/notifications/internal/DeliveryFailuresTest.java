package org.jumelage.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class DeliveryFailuresTest {

    @Test
    void malformed_address_is_permanent() {
        assertThat(DeliveryFailures.isPermanent(new AddressException("Illegal address", "bad address@@example")))
                .isTrue();
    }

    @Test
    void unreachable_server_is_temporary() {
        var connection = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
        assertThat(DeliveryFailures.isPermanent(connection)).isFalse();
        assertThat(DeliveryFailures.describe(connection)).contains("ConnectException");
    }

    @Test
    void recipient_rejected_with_5xx_is_permanent_and_4xx_temporary() throws AddressException {
        InternetAddress to = new InternetAddress("nobody@example.org");
        assertThat(DeliveryFailures.isPermanent(rejected(to, 550))).isTrue();
        assertThat(DeliveryFailures.isPermanent(rejected(to, 450))).isFalse();
        assertThat(DeliveryFailures.describe(rejected(to, 550)))
                .startsWith("MailSendException")
                .contains("SMTPAddressFailedException: 550 mailbox unavailable")
                .doesNotContain("Failed messages");
    }

    private static MailSendException rejected(InternetAddress to, int code) {
        var smtp = new SMTPAddressFailedException(to, "RCPT TO", code, code + " mailbox unavailable");
        var send = new SendFailedException("Invalid Addresses", smtp);
        return new MailSendException(Map.of(new Object(), send));
    }

    @Test
    void long_errors_are_shortened() {
        String text = DeliveryFailures.describe(new RuntimeException("x".repeat(2000)));
        assertThat(text).hasSize(DeliveryFailures.MAX_ERROR_LENGTH).endsWith("…");
    }
}
