package org.jumelage.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.AccountType;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.IntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

/** The registration form with hostile values: each is shown as a problem next to its field, nothing escapes. */
class HostileRegistrationViewTest extends IntegrationTestBase {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository users;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), context, UI::new));
        UI.getCurrent().setLocale(Languages.FRENCH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void hostile_addresses_and_names_are_refused_next_to_their_field_and_store_nothing() {
        List<String> addresses = List.of("a\u0000b@exemple.org", "x@exemple.org\r\nBcc: victime@exemple.org",
                "\u202Egro.elpmexe@a.b", "<script>alert(1)</script>@exemple.org", "{\"$gt\": \"\"}",
                "a".repeat(100_000) + "@exemple.org");
        for (String address : addresses) {
            RegisterView view = new RegisterView(accounts);
            UI.getCurrent().add(view);
            view.email.setValue(address);
            view.displayName.setValue("😀 " + "n".repeat(200));
            view.password.setValue("Une phrase de passe solide");
            view.confirm.setValue("Une phrase de passe solide");
            view.accountType.setValue(AccountType.VOLUNTEER);
            view.consents.setValue(ConsentPurpose.requiredOnes());
            view.register();
            assertThat(view.email.isInvalid()).as(address).isTrue();
            assertThat(view.email.getErrorMessage()).isNotBlank();
            assertThat(view.displayName.isInvalid()).isTrue();
            assertThat(view.displayName.getErrorMessage()).isEqualTo("Le nom est trop long (100 caractères au plus).");
            assertThat(view.done.isVisible()).isFalse();
            assertThat(users.findByEmailKey(UserAccount.emailKey(address))).isEmpty();
        }
    }

    @Test
    void script_in_a_name_is_stored_as_text_and_shown_as_text() {
        RegisterView view = new RegisterView(accounts);
        UI.getCurrent().add(view);
        String email = "karibu-hostile-" + System.nanoTime() + "@exemple.org";
        view.email.setValue(email);
        view.displayName.setValue("<script>alert(1)</script> \u202Eévil");
        view.password.setValue("Une phrase de passe solide");
        view.confirm.setValue("Une phrase de passe solide");
        view.accountType.setValue(AccountType.VOLUNTEER);
        view.consents.setValue(ConsentPurpose.requiredOnes());
        view.register();
        assertThat(view.done.isVisible()).isTrue();
        assertThat(users.findByEmailKey(UserAccount.emailKey(email)).orElseThrow().getDisplayName())
                .isEqualTo("<script>alert(1)</script> \u202Eévil");
        assertThat(view.done.getElement().getOuterHTML()).doesNotContain("<script>");
    }
}
