package org.jumelage.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.i18n.TranslationProvider;
import org.jumelage.support.Accessibility;
import org.jumelage.support.AuditEntries;
import org.jumelage.support.Browser;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a person sees: a coordinator is refused the audit log and signs out through the menu; an
 * administrator then finds that coordinator's sign-in and sign-out in the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogBrowserTest extends IntegrationTestBase {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TranslationProvider i18n;
    @Autowired
    MongoTemplate mongo;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private String fr(String key) {
        return i18n.getTranslation(key, Locale.FRENCH);
    }

    private void login(String email) {
        browser.open("/login");
        browser.type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.waitForText(fr("nav.home"));
        browser.waitForVaadin();
    }

    @Test
    void a_coordinator_is_refused_the_log_and_an_administrator_finds_their_sign_in_and_sign_out_there() {
        String coordinatorEmail = testAccounts.create(Role.COORDINATOR, Languages.FRENCH, "Nadia Coordination");
        String coordinatorId = testAccounts.idOf(coordinatorEmail);
        login(coordinatorEmail);
        assertThat(browser.text("#main-nav")).doesNotContain(fr("nav.admin.audit"));
        browser.open("/admin/journal");
        browser.waitForText(fr("error.accessDenied.title"));
        assertThat(browser.findAll("#audit-view")).isEmpty();

        browser.click("#user-menu vaadin-menu-bar-button");
        browser.click("#menu-logout");
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.path().startsWith("/login"));
        AuditEntries entries = new AuditEntries(mongo);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !entries.of(AuditAction.SIGNED_OUT, coordinatorId).isEmpty());

        login(testAccounts.create(Role.ADMIN, Languages.FRENCH, "Adèle Administratrice"));
        assertThat(browser.text("#main-nav")).contains(fr("nav.admin.audit"));
        browser.open("/admin/journal");
        assertThat(browser.text("h1")).isEqualTo(fr("audit.title"));
        browser.type("#audit-target", coordinatorId);
        browser.waitForText(fr("audit.action.SIGNED_OUT"));
        String grid = browser.text("#audit-grid");
        assertThat(grid).contains("Nadia Coordination", fr("audit.action.SIGN_IN_SUCCEEDED"));
        // The browser reaches "localhost", over IPv4 or IPv6.
        assertThat(grid).containsAnyOf("127.0.0.1", "0:0:0:0:0:0:0:1");
        // (Newest first is checked in AuditLogViewTest: the grid's cell elements do not follow row order.)
        assertThat(browser.find("#audit-csv").getAttribute("href")).isNotBlank();
        Accessibility.assertNoSeriousViolations(browser.driver(), "audit log");
    }
}
