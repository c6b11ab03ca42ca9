package org.jumelage.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.jumelage.accounts.AccountException;
import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.Role;
import org.jumelage.notifications.NotificationService;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Mailbox;
import org.jumelage.support.TestAccounts;
import org.jumelage.support.WebClient;
import org.jumelage.volunteers.VolunteerProfileDetails;
import org.jumelage.volunteers.VolunteersTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person's request to be forgotten: confirmed by password, then every feature lets go of them. */
class ErasureTest extends VolunteersTestSupport {

    @Autowired
    Erasure erasure;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationService notifications;
    @LocalServerPort
    int port;

    @AfterEach
    void out() {
        signOut();
    }

    @Test
    void a_wrong_password_changes_nothing() {
        VolunteerProfileDetails saved = volunteerWith("Maude Lévesque", profile("Informatique"));
        String id = saved.userId();

        assertThatThrownBy(() -> erasure.anonymiseMe("pas le mot de passe"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("erasure.password.wrong"));
        assertThat(accounts.find(id).orElseThrow().displayName()).isEqualTo("Maude Lévesque");
        assertThat(repository.findByUserId(id)).isPresent();
    }

    @Test
    void confirmed_the_account_is_anonymised_the_profile_and_mails_go_and_signing_in_no_longer_works() {
        VolunteerProfileDetails saved = volunteerWith("Félix Ouellet", profile("Génie logiciel"));
        String id = saved.userId();
        String email = accounts.find(id).orElseThrow().email();
        notifications.enqueue(email, Languages.FRENCH, "password-reset",
                Map.of("name", "Félix Ouellet", "link", "http://localhost/x", "validMinutes", 60));
        Mailbox.awaitOne(email);

        String pseudonym = erasure.anonymiseMe(TestAccounts.PASSWORD);

        var after = accounts.find(id).orElseThrow();
        assertThat(after.displayName()).isEqualTo(pseudonym).doesNotContain("Félix");
        assertThat(after.email()).doesNotContain("exemple.org").endsWith(".invalid");
        assertThat(after.enabled()).isFalse();
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(repository.findByUserId(id)).as("the volunteer profile is erased").isEmpty();
        signOut();
        assertThat(WebClient.location(new WebClient(port).login(email, TestAccounts.PASSWORD))).isEqualTo("/login?error");
    }

    @Test
    void the_retention_rules_may_anonymise_but_a_member_may_not_anonymise_someone_else() {
        Person victim = person(Role.VOLUNTEER, Languages.FRENCH, "Victime Potentielle");
        signIn(person(Role.OSBL_MEMBER, Languages.FRENCH, "Curieux"));
        assertThatThrownBy(() -> erasure.anonymiseAccount(victim.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(accounts.find(victim.id()).orElseThrow().displayName()).isEqualTo("Victime Potentielle");
    }
}
