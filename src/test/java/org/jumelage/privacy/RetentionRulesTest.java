package org.jumelage.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.AccountType;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.RegistrationCommand;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.SystemActor;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.Mailbox;
import org.jumelage.support.TestAccounts;
import org.jumelage.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The retention rules, with the clock moved: unverified accounts, then long-inactive volunteers. */
class RetentionRulesTest extends IntegrationTestBase {

    @Autowired
    RetentionRules rules;
    @Autowired
    SystemActor system;
    @Autowired
    AccountService accounts;
    @Autowired
    TestAccounts testAccounts;
    @LocalServerPort
    int port;

    private RetentionRules.Outcome apply() {
        return system.call(rules::apply);
    }

    @Test
    void an_account_never_verified_is_removed_after_thirty_days_not_before() {
        String email = "jamais-" + UUID.randomUUID() + "@exemple.org";
        accounts.register(new RegistrationCommand(email, "Jamais Vérifié", "Une phrase de passe solide",
                Languages.FRENCH, AccountType.VOLUNTEER, ConsentPurpose.requiredOnes()));

        clock.advance(Duration.ofDays(29));
        apply();
        assertThat(accounts.findByEmail(email)).isPresent();

        clock.advance(Duration.ofDays(2));
        assertThat(apply().unverifiedRemoved()).isPositive();
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void an_inactive_volunteer_is_reminded_once_then_anonymised_unless_they_sign_in() {
        String silent = testAccounts.create(Role.VOLUNTEER, Languages.FRENCH, "Silencieuse Tremblay");
        String back = testAccounts.create(Role.VOLUNTEER, Languages.FRENCH, "Revenant Gagnon");
        String silentId = testAccounts.idOf(silent);
        String backId = testAccounts.idOf(back);

        clock.advance(Duration.ofDays(731));
        apply();
        assertThat(Mailbox.text(Mailbox.awaitOne(silent))).contains("30 jours");
        Mailbox.awaitOne(back);
        apply();
        assertThat(Mailbox.messagesFor(silent)).as("reminded once").hasSize(1);

        clock.advance(Duration.ofDays(10));
        assertThat(WebClient.location(new WebClient(port).login(back, TestAccounts.PASSWORD))).isEqualTo("/");

        clock.advance(Duration.ofDays(21));
        apply();
        assertThat(accounts.find(silentId).orElseThrow().displayName()).isEqualTo(Erasure.pseudonym(silentId));
        assertThat(accounts.find(backId).orElseThrow().displayName()).isEqualTo("Revenant Gagnon");
    }
}
