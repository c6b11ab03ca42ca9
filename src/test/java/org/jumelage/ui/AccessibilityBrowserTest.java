package org.jumelage.ui;

import java.util.List;

import org.jumelage.accounts.Role;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Accessibility;
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


/** axe-core (Deque's Selenium binding, offline) finds no violation on the first pages a person meets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest extends IntegrationTestBase {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void login_page_has_no_accessibility_violation() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        Accessibility.assertNoViolations(browser.driver(), "login");
    }

    @Test
    void registration_page_has_no_accessibility_violation() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/register");
        Accessibility.assertNoViolations(browser.driver(), "register");
    }

    @Test
    void home_pages_have_no_accessibility_violation() {
        for (Role role : List.of(Role.OSBL_MEMBER, Role.ADMIN)) {
            browser.driver().manage().deleteAllCookies();
            browser.open("/login");
            browser.type("#vaadinLoginUsername", testAccounts.create(role, Languages.FRENCH, "Axe " + role));
            browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
            browser.find("#home-title");
            browser.waitForVaadin();
            Accessibility.assertNoViolations(browser.driver(), "home-" + role);
        }
    }

    @Test
    void organisation_and_firm_forms_have_no_serious_or_critical_violation() {
        assertNoSeriousViolations(Role.OSBL_MEMBER, "/organisation");
        assertNoSeriousViolations(Role.FIRM_MEMBER, "/firm");
    }

    private void assertNoSeriousViolations(Role role, String path) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.type("#vaadinLoginUsername", testAccounts.create(role, Languages.FRENCH, "Axe " + role));
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.find("#home-title");
        browser.open(path);
        Accessibility.assertNoSeriousViolations(browser.driver(), path);
    }


}
