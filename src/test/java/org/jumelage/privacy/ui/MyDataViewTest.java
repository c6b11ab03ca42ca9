package org.jumelage.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.Role;
import org.jumelage.privacy.Erasure;
import org.jumelage.privacy.MyData;
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

import com.vaadin.flow.spring.security.AuthenticationContext;

/** The "my data" page: the download is offered, and a wrong password anonymises nothing and says so. */
class MyDataViewTest extends IntegrationTestBase {

    @Autowired
    MyData myData;
    @Autowired
    Erasure erasure;
    @Autowired
    AuthenticationContext authentication;
    @Autowired
    AccountService accounts;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationContext context;

    String email;

    @BeforeEach
    void signedIn() {
        email = testAccounts.create(Role.OSBL_MEMBER, Languages.FRENCH, "Juliette Caron");
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        Karibu.start(context, Languages.FRENCH);
    }

    @AfterEach
    void tearDown() {
        Karibu.stop();
    }

    @Test
    void the_page_offers_the_download_and_a_wrong_password_keeps_the_account() {
        MyDataView view = new MyDataView(myData, erasure, authentication);
        assertThat(view.download.getText()).isEqualTo("Télécharger toutes mes données (JSON)");
        assertThat(view.download.getHref()).isNotBlank();

        view.password.setValue("pas le bon mot de passe");
        view.anonymise();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).startsWith("Ce mot de passe n’est pas le bon");
        assertThat(accounts.findByEmail(email)).isPresent()
                .hasValueSatisfying(a -> assertThat(a.displayName()).isEqualTo("Juliette Caron"));
    }
}
