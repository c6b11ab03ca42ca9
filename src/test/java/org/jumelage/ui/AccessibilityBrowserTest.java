package org.jumelage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.jumelage.accounts.Role;
import org.jumelage.shared.i18n.Languages;
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

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

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
        assertNoViolations("login");
    }

    @Test
    void registration_page_has_no_accessibility_violation() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/register");
        assertNoViolations("register");
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
            assertNoViolations("home-" + role);
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
        Results results = new AxeBuilder().exclude("vaadin-connection-indicator").analyze(browser.driver());
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as("serious or critical axe violations on " + path + ": " + serious.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("; "))).isEmpty();
    }

    private void assertNoViolations(String page) {
        // Vaadin's own connection indicator is an empty, invisible element at the end of <body>.
        Results results = new AxeBuilder().exclude("vaadin-connection-indicator").analyze(browser.driver());
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(results.getPasses()).as("axe ran its rules on " + page).isNotEmpty();
        assertThat(violations).as("axe violations on " + page + ":\n" + report).isEmpty();
    }
}
