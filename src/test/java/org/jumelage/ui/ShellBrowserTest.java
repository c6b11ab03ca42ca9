package org.jumelage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.PrivacyOfficer;
import org.jumelage.accounts.PrivacyPolicy;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Accessibility;
import org.jumelage.support.Browser;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.Mailbox;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a person sees in headless Chromium: registration to home page, language switch, access rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellBrowserTest extends IntegrationTestBase {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PrivacyPolicy policy;

    @Autowired
    PrivacyOfficer officer;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void signedOutInFrench() {
        browser.driver().manage().deleteAllCookies();
    }

    void login(String email) {
        browser.open("/login");
        browser.type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.waitForText(translation(Locale.FRENCH, "nav.home"));
        browser.waitForVaadin();
    }

    @Test
    void a_visitor_registers_follows_the_mailed_link_and_lands_on_the_volunteer_home() {
        String email = "etudiante-" + System.nanoTime() + "@exemple.org";
        browser.open("/login").click("#register-link a");
        assertThat(browser.path()).startsWith("/register");
        browser.type("#email", email).type("#displayName", "Léa Bergeron")
                .type("#password", "Ma phrase de passe secrète").type("#confirm", "Ma phrase de passe secrète");
        browser.find("#accountType vaadin-radio-button:nth-of-type(3) input").click();
        browser.click("#register-submit");
        browser.waitForText(translation(Locale.FRENCH, "consent.required"));
        assertThat(Mailbox.messagesFor(email)).as("nothing stored without the required consents").isEmpty();
        browser.find("#consents vaadin-checkbox:nth-of-type(1) input").click();
        browser.find("#consents vaadin-checkbox:nth-of-type(2) input").click();
        browser.click("#register-submit");
        browser.waitForText("Un courriel de vérification a été envoyé à " + email);
        browser.screenshot("register-done-fr");

        String link = Mailbox.link(Mailbox.awaitOne(email), "/account/verify");
        browser.open(link.replaceFirst("^https?://[^/]+", "http://localhost:" + port));
        browser.waitForText(translation(Locale.FRENCH, "login.verified"));

        browser.type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys("Ma phrase de passe secrète", Keys.ENTER);
        browser.waitForText("Espace bénévole");
        browser.waitForVaadin();
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text("h1")).isEqualTo("Espace bénévole");
        browser.screenshot("home-volunteer-fr");
    }

    @Test
    void a_person_who_consented_to_an_older_policy_is_asked_again_before_anything_else() {
        String email = testAccounts.create(Role.OSBL_MEMBER, Languages.FRENCH, "Noémie Pelletier");
        UserAccount account = users.findByEmailKey(UserAccount.emailKey(email)).orElseThrow();
        account.consent(0, ConsentPurpose.requiredOnes(), clock.instant());
        users.save(account);

        browser.open("/login");
        browser.type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.waitForText(translation(Locale.FRENCH, "consent.title"));
        assertThat(browser.path()).isEqualTo("/consentement");
        assertThat(browser.text("#consent-intro")).contains("version " + policy.version());
        Accessibility.assertNoSeriousViolations(browser.driver(), "consent");
        browser.screenshot("consent-fr");
        browser.open("/profile");
        browser.waitForText(translation(Locale.FRENCH, "consent.title"));
        assertThat(browser.path()).as("every page waits for the consent").isEqualTo("/consentement");

        browser.click("#consent-accept");
        browser.waitForText(translation(Locale.FRENCH, "consent.required"));
        assertThat(browser.path()).as("nothing ticked: refused").isEqualTo("/consentement");
        for (int box : new int[] {1, 2, 4}) {
            browser.find("#consents vaadin-checkbox:nth-of-type(" + box + ") input").click();
        }
        browser.click("#consent-accept");
        browser.waitForText(translation(Locale.FRENCH, "nav.home"));
        browser.waitForVaadin();
        assertThat(browser.path()).isEqualTo("/");
        UserAccount after = users.findByEmailKey(UserAccount.emailKey(email)).orElseThrow();
        assertThat(after.getConsentVersion()).isEqualTo(policy.version());
        assertThat(after.getConsentPurposes()).containsExactlyInAnyOrder(ConsentPurpose.SERVICE,
                ConsentPurpose.MATCHING, ConsentPurpose.NEWS);
        browser.open("/profile");
        browser.waitForVaadin();
        assertThat(browser.path()).isEqualTo("/profile");
    }

    @Test
    void the_privacy_policy_names_the_person_in_charge_for_anyone() {
        browser.open("/login").click("#footer-privacy");
        browser.waitForText(translation(Locale.FRENCH, "privacy.officer.heading"));
        assertThat(browser.path()).isEqualTo("/confidentialite");
        assertThat(browser.text("#privacy-officer")).contains(officer.name(), officer.email());
        assertThat(browser.text("#privacy-version")).contains("Version " + policy.version());
        assertThat(browser.text("#privacy-text")).contains("Loi 25");
        Accessibility.assertNoSeriousViolations(browser.driver(), "privacy policy");
        browser.screenshot("privacy-fr");
    }

    @Test
    void a_wrong_password_shows_the_same_message_as_an_unknown_address() {
        browser.open("/login");
        browser.type("#vaadinLoginUsername", "personne@exemple.org");
        browser.find("#vaadinLoginPassword input").sendKeys("pas le bon mot de passe", Keys.ENTER);
        browser.waitForText(translation(Locale.FRENCH, "login.error.title"));
        assertThat(browser.path()).isEqualTo("/login?error");
    }

    @Test
    void the_language_switch_changes_every_string_of_the_shell_and_is_remembered() throws IOException {
        String email = testAccounts.create(Role.ADMIN, Languages.FRENCH, "Ana Lopez");
        login(email);
        List<String> shellKeys = List.of("nav.home", "nav.profile", "nav.admin.users", "home.ADMIN.title",
                "home.card.admin.title", "home.card.profile.title", "nav.label", "language.switchTo");
        assertShellIn(Locale.FRENCH, shellKeys);

        browser.click("#language-switch");
        browser.waitForText(translation(Locale.ENGLISH, "home.ADMIN.title"));
        browser.waitForVaadin();
        assertShellIn(Locale.ENGLISH, shellKeys);
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
        browser.screenshot("home-admin-en");

        // Remembered in the profile: a new session after signing in again is still in English.
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        assertThat(browser.text("h1")).isEqualTo(translation(Locale.FRENCH, "login.title"));
        browser.type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.waitForText(translation(Locale.ENGLISH, "home.ADMIN.title"));
        assertShellIn(Locale.ENGLISH, shellKeys);
    }

    @Test
    void a_visitor_choice_of_language_is_kept_in_a_cookie() {
        browser.open("/login");
        assertThat(browser.text("h1")).isEqualTo("Connexion");
        browser.click("#language-switch");
        browser.waitForText(translation(Locale.ENGLISH, "login.noAccount"));
        browser.waitForVaadin();
        assertThat(browser.text("h1")).isEqualTo("Sign in");
        browser.open("/register");
        assertThat(browser.text("h1")).isEqualTo("Create an account");
        assertThat(browser.bodyText()).doesNotContain("Créer un compte");
    }

    @Test
    void a_visitor_is_sent_to_login_from_a_protected_view() {
        for (String path : List.of("/", "/profile", "/admin/users", "/admin/outbox")) {
            browser.open(path);
            assertThat(browser.path()).as(path).startsWith("/login");
            assertThat(browser.text("h1")).isEqualTo("Connexion");
        }
    }

    @Test
    void a_volunteer_is_refused_the_administration_views() {
        login(testAccounts.create(Role.VOLUNTEER, Languages.FRENCH, "Jo Volunteer"));
        for (String path : List.of("/admin/users", "/admin/outbox")) {
            browser.open(path);
            browser.waitForText(translation(Locale.FRENCH, "error.accessDenied.title"));
            assertThat(browser.findAll("#users-grid")).isEmpty();
        }
        // And the menu does not offer them.
        browser.open("/");
        assertThat(browser.text("#main-nav")).doesNotContain(translation(Locale.FRENCH, "nav.admin.users"));
    }

    private void assertShellIn(Locale language, List<String> keys) {
        Locale other = language.equals(Locale.FRENCH) ? Locale.ENGLISH : Locale.FRENCH;
        String text = browser.bodyText();
        for (String key : keys) {
            assertThat(text).as(key + " in " + language).contains(translation(language, key));
            String otherText = translation(other, key);
            if (!otherText.equals(translation(language, key))) {
                assertThat(text).as(key + " not in " + other).doesNotContain(otherText);
            }
        }
    }

    static String translation(Locale locale, String key) {
        try {
            Properties properties = org.jumelage.shared.i18n.TranslationsTestAccess.load(locale);
            return properties.getProperty(key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
