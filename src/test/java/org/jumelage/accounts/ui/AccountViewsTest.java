package org.jumelage.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jumelage.accounts.AccountAdministration;
import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.AccountType;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.GridKt;

/** The account views' logic, driven server-side with Karibu against the real services and database. */
class AccountViewsTest extends IntegrationTestBase {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void setUpVaadin() {
        Karibu.start(context, Languages.FRENCH);
    }

    @AfterEach
    void tearDown() {
        Karibu.stop();
    }

    void signIn(String email) {
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void registration_form_shows_each_problem_next_to_its_field_and_stores_nothing() {
        RegisterView view = new RegisterView(accounts);
        String email = "karibu-" + System.nanoTime() + "@exemple.org";
        view.email.setValue(email);
        view.displayName.setValue("");
        view.password.setValue("court");
        view.confirm.setValue("court");
        view.register();

        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("Entrez le nom à afficher.");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("au moins 12 caractères");
        assertThat(view.accountType.isInvalid()).isTrue();
        assertThat(view.done.isVisible()).isFalse();
        assertThat(users.findByEmailKey(email)).isEmpty();
    }

    @Test
    void registration_form_refuses_mismatched_passwords_before_calling_the_service() {
        RegisterView view = new RegisterView(accounts);
        String email = "karibu-" + System.nanoTime() + "@exemple.org";
        view.email.setValue(email);
        view.displayName.setValue("Zoé");
        view.password.setValue("Une phrase de passe solide");
        view.confirm.setValue("Une autre phrase de passe");
        view.accountType.setValue(AccountType.VOLUNTEER);
        view.consents.setValue(ConsentPurpose.requiredOnes());
        view.register();

        assertThat(view.confirm.isInvalid()).isTrue();
        assertThat(view.confirm.getErrorMessage()).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(users.findByEmailKey(email)).isEmpty();
    }

    @Test
    void registration_form_answers_the_same_for_a_taken_address_and_a_new_one() {
        String taken = testAccounts.create(Role.VOLUNTEER, Languages.FRENCH, "Déjà là");
        RegisterView view = new RegisterView(accounts);
        view.email.setValue(taken.toUpperCase(Locale.ROOT));
        view.displayName.setValue("Zoé");
        view.password.setValue("Une phrase de passe solide");
        view.confirm.setValue("Une phrase de passe solide");
        view.accountType.setValue(AccountType.OSBL_MEMBER);
        view.consents.setValue(ConsentPurpose.requiredOnes());
        view.register();
        assertThat(view.email.isInvalid()).as("a taken address is not revealed").isFalse();
        assertThat(view.done.isVisible()).isTrue();
        String answerForTaken = view.done.getElement().getTextRecursively().replace(taken.toUpperCase(Locale.ROOT), "@");

        String fresh = "karibu-" + System.nanoTime() + "@exemple.org";
        view = new RegisterView(accounts);
        view.email.setValue(fresh);
        view.displayName.setValue("Zoé");
        view.password.setValue("Une phrase de passe solide");
        view.confirm.setValue("Une phrase de passe solide");
        view.accountType.setValue(AccountType.OSBL_MEMBER);
        view.consents.setValue(ConsentPurpose.requiredOnes());
        view.register();
        assertThat(view.done.getElement().getTextRecursively().replace(fresh, "@")).isEqualTo(answerForTaken);
        assertThat(view.email.isInvalid()).isFalse();
        assertThat(view.done.isVisible()).isTrue();
        assertThat(view.formArea.isVisible()).isFalse();
        UserAccount stored = users.findByEmailKey(fresh).orElseThrow();
        assertThat(stored.getRoles()).containsExactly(Role.OSBL_MEMBER);
        assertThat(stored.isEmailVerified()).isFalse();
    }

    @Test
    void registration_without_the_required_consents_is_refused_next_to_them_and_stores_nothing() {
        RegisterView view = new RegisterView(accounts);
        String email = "karibu-" + System.nanoTime() + "@exemple.org";
        view.email.setValue(email);
        view.displayName.setValue("Zoé");
        view.password.setValue("Une phrase de passe solide");
        view.confirm.setValue("Une phrase de passe solide");
        view.accountType.setValue(AccountType.VOLUNTEER);
        view.consents.setValue(java.util.Set.of(ConsentPurpose.SERVICE, ConsentPurpose.NEWS));

        view.register();

        assertThat(view.consents.isInvalid()).isTrue();
        assertThat(view.consents.getErrorMessage()).startsWith("Cochez les fins obligatoires");
        assertThat(view.done.isVisible()).isFalse();
        assertThat(users.findByEmailKey(email)).isEmpty();
    }

    @Test
    void administrator_changes_roles_and_a_stale_edit_is_refused() {
        signIn(testAccounts.create(Role.ADMIN, Languages.FRENCH, "Admin Karibu"));
        String target = testAccounts.create(Role.VOLUNTEER, Languages.FRENCH, "Cible Karibu");
        UsersAdminView view = new UsersAdminView(administration);
        view.search.setValue(target);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        UserSummary shown = GridKt._get(view.grid, 0);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(target, "Bénévole");

        administration.changeRoles(shown.id(), Set.of(Role.COORDINATOR), shown.version());
        view.grid.getDataProvider().refreshAll();
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Coordination");

        // The row the administrator still holds is now stale: a second change is refused.
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> administration.setEnabled(shown.id(), false, shown.version()))
                .hasMessage("common.concurrentEdit");
        assertThat(users.findById(shown.id()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void profile_change_of_language_is_saved_on_the_account() {
        String email = testAccounts.create(Role.OSBL_MEMBER, Languages.FRENCH, "Profil Karibu");
        signIn(email);
        ProfileView view = new ProfileView(accounts);
        view.displayName.setValue("Profil renommé");
        view.language.setValue(Languages.ENGLISH);
        view.saveProfile();
        UserAccount stored = users.findByEmailKey(email).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Profil renommé");
        assertThat(stored.getLanguage()).isEqualTo(Languages.ENGLISH);

        view.currentPassword.setValue("pas le bon");
        view.newPassword.setValue("Une nouvelle phrase solide");
        view.confirm.setValue("Une nouvelle phrase solide");
        view.changePassword();
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(List.of(view.currentPassword.getErrorMessage())).containsExactly("Le mot de passe actuel est incorrect.");
    }
}
