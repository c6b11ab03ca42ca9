package org.jumelage.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.Mailbox;
import org.jumelage.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Registration, verification, login, lock-out and password reset against the running application:
 * HTTP on a real port, MongoDB over the wire, mails through GreenMail over SMTP.
 */
class AccountLifecycleTest extends IntegrationTestBase {

    private static final String PASSWORD = "Une phrase de passe solide";

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository users;

    @LocalServerPort
    int port;

    WebClient web;
    String email;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
        email = "person-" + UUID.randomUUID() + "@exemple.org";
    }

    private void register(String address, AccountType type) {
        accounts.register(new RegistrationCommand(address, "Marie-Ève Lavoie", PASSWORD, Languages.FRENCH, type,
                ConsentPurpose.requiredOnes()));
    }

    private String verificationLink(String address) {
        return Mailbox.link(Mailbox.awaitOne(address), "/account/verify");
    }

    @Test
    void registration_mail_link_and_login_lead_to_the_home_page() {
        register(email, AccountType.VOLUNTEER);

        MimeMessage mail = Mailbox.awaitOne(email);
        assertThat(Mailbox.text(mail)).contains("Marie-Ève Lavoie");
        String link = Mailbox.link(mail, "/account/verify?token=");

        HttpResponse<String> verified = web.get(link.replaceFirst("^https?://[^/]+", ""));
        assertThat(verified.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(verified)).isEqualTo("/login?verified");

        HttpResponse<String> login = web.login(email, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(login)).isEqualTo("/");
        assertThat(web.get("/").statusCode()).isEqualTo(200);
        assertThat(web.get("/profile").statusCode()).isEqualTo(200);
    }

    @Test
    void login_is_refused_until_the_address_is_verified() {
        register(email, AccountType.OSBL_MEMBER);

        HttpResponse<String> login = web.login(email, PASSWORD);
        assertThat(WebClient.location(login)).isEqualTo("/login?error");
        assertThat(web.get("/profile").statusCode()).isEqualTo(302);
    }

    @Test
    void a_verification_link_is_single_use_and_expires_after_48_hours() {
        register(email, AccountType.FIRM_MEMBER);
        String token = verificationLink(email).replaceFirst(".*token=", "");

        clock.advance(Duration.ofHours(48).plusMinutes(1));
        assertThat(accounts.verifyEmail(token)).isEqualTo(VerificationOutcome.EXPIRED);

        clock.reset();
        assertThat(accounts.verifyEmail(token)).isEqualTo(VerificationOutcome.VERIFIED);
        assertThat(accounts.verifyEmail(token)).isEqualTo(VerificationOutcome.INVALID);
        assertThat(accounts.verifyEmail("not-a-token")).isEqualTo(VerificationOutcome.INVALID);
    }

    @Test
    void five_failed_logins_lock_the_account_for_15_minutes_with_the_same_message() {
        register(email, AccountType.VOLUNTEER);
        accounts.verifyEmail(verificationLink(email).replaceFirst(".*token=", ""));

        for (int i = 0; i < 5; i++) {
            assertThat(WebClient.location(web.login(email, "wrong password " + i))).isEqualTo("/login?error");
        }
        // Locked: even the right password is refused, with the same answer as a wrong one.
        assertThat(WebClient.location(web.login(email, PASSWORD))).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(14));
        assertThat(WebClient.location(web.login(email, PASSWORD))).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(2));
        assertThat(WebClient.location(web.login(email, PASSWORD))).isEqualTo("/");
    }

    @Test
    void an_unknown_address_gets_the_same_answer_as_a_wrong_password() {
        String unknown = WebClient.location(web.login("nobody-" + UUID.randomUUID() + "@exemple.org", PASSWORD));
        register(email, AccountType.VOLUNTEER);
        accounts.verifyEmail(verificationLink(email).replaceFirst(".*token=", ""));
        String wrong = WebClient.location(new WebClient(port).login(email, "not the password at all"));
        assertThat(unknown).isEqualTo(wrong).isEqualTo("/login?error");
    }

    @Test
    void a_reset_link_works_once_and_only_for_one_hour() {
        register(email, AccountType.VOLUNTEER);
        accounts.verifyEmail(verificationLink(email).replaceFirst(".*token=", ""));

        accounts.requestPasswordReset(email.toUpperCase(Locale.ROOT));
        String token = Mailbox.link(Mailbox.awaitMessages(email, 2, Duration.ofSeconds(20)).get(1),
                "/reset-password").replaceFirst(".*token=", "");
        accounts.resetPassword(token, "Un tout nouveau mot de passe");
        assertThatThrownBy(() -> accounts.resetPassword(token, "Encore un autre mot de passe"))
                .isInstanceOf(AccountException.class).hasMessage("reset.invalid");
        assertThat(WebClient.location(web.login(email, "Un tout nouveau mot de passe"))).isEqualTo("/");

        accounts.requestPasswordReset(email);
        String second = Mailbox.link(Mailbox.awaitMessages(email, 3, Duration.ofSeconds(20)).get(2),
                "/reset-password").replaceFirst(".*token=", "");
        clock.advance(Duration.ofMinutes(61));
        assertThatThrownBy(() -> accounts.resetPassword(second, "Un troisième mot de passe"))
                .isInstanceOf(AccountException.class).hasMessage("reset.expired");
    }

    @Test
    void a_reset_request_for_an_unknown_address_sends_nothing_and_says_nothing() {
        String unknown = "nobody-" + UUID.randomUUID() + "@exemple.org";
        accounts.requestPasswordReset(unknown);
        assertThat(Mailbox.messagesFor(unknown)).isEmpty();
    }

    @Test
    void registering_a_taken_address_in_any_letter_case_answers_as_usual_stores_nothing_and_warns_its_owner() {
        register(email, AccountType.VOLUNTEER);
        Mailbox.awaitOne(email);
        String ownerId = users.findByEmailKey(UserAccount.emailKey(email)).orElseThrow().getId();

        register(email.toUpperCase(Locale.ROOT), AccountType.OSBL_MEMBER);

        MimeMessage warning = Mailbox.awaitContaining(email, "déjà", java.time.Duration.ofSeconds(20));
        assertThat(Mailbox.text(warning)).contains("/login", "/forgot-password").doesNotContain("/account/verify");
        assertThat(Mailbox.messagesFor(email)).hasSize(2);
        UserAccount owner = users.findByEmailKey(UserAccount.emailKey(email)).orElseThrow();
        assertThat(owner.getId()).isEqualTo(ownerId);
        assertThat(owner.getRoles()).containsExactly(Role.VOLUNTEER);
    }

    @Test
    void weak_passwords_and_bad_addresses_are_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> accounts.register(new RegistrationCommand(email, "Nom", "court",
                Languages.FRENCH, AccountType.VOLUNTEER, ConsentPurpose.requiredOnes())))
                .isInstanceOf(InvalidCommandException.class)
                .satisfies(e -> assertThat(((InvalidCommandException) e).fieldMessageKeys())
                        .containsEntry("password", "validation.password.tooShort"));
        assertThatThrownBy(() -> accounts.register(new RegistrationCommand(email, "Nom", "Password1234!",
                Languages.FRENCH, AccountType.VOLUNTEER, ConsentPurpose.requiredOnes())))
                .isInstanceOf(InvalidCommandException.class)
                .satisfies(e -> assertThat(((InvalidCommandException) e).fieldMessageKeys())
                        .containsEntry("password", "validation.password.common"));
        assertThatThrownBy(() -> accounts.register(new RegistrationCommand("pas-une-adresse", " ", PASSWORD,
                Languages.FRENCH, null, ConsentPurpose.requiredOnes())))
                .isInstanceOf(InvalidCommandException.class)
                .satisfies(e -> assertThat(((InvalidCommandException) e).fieldMessageKeys())
                        .containsKeys("email", "displayName", "accountType"));

        // None of the refused attempts created the account: registering it now works.
        register(email, AccountType.VOLUNTEER);
    }
}
