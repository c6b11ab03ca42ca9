package org.jumelage.impact.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jumelage.impact.dashboard.DashboardTestSupport;
import org.jumelage.support.Accessibility;
import org.jumelage.support.Browser;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboards and the transparency page in a real browser: every canvas holds a Chart.js chart,
 * the tables show the figures in French and English, the public page shows no personal data, and
 * axe-core finds no serious or critical problem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest extends DashboardTestSupport {

    @LocalServerPort
    int port;

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
    void world() {
        buildWorld(15);
    }

    private void signInAs(Person person) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.type("#vaadinLoginUsername", person.email());
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.find("#home-title");
        browser.waitForVaadin();
    }

    /** Waits until every canvas of the page holds a chart, and returns how many there are. */
    private long chartsDrawn() {
        return browser.waitUpTo(Duration.ofSeconds(30)).until(d -> {
            Object drawn = browser.js("const canvases = [...document.querySelectorAll('canvas')];"
                    + " return canvases.length > 0 && window.Chart"
                    + " && canvases.every(c => window.Chart.getChart(c) !== undefined) ? canvases.length : null;");
            return drawn == null ? null : ((Number) drawn).longValue();
        });
    }

    @Test
    void the_coordinator_dashboard_draws_its_charts_in_french_and_english() {
        signInAs(coordinator);
        browser.open("/coordination/tableau-de-bord");
        browser.waitForText("Tableau de bord de la coordination");
        assertThat(chartsDrawn()).isEqualTo(6);
        browser.waitForText(firm.profile().name());
        assertThat(browser.text("#coordinator-key-table")).contains("Taux de jumelage", "50 %");
        assertThat(browser.find("#coordinator-months-canvas").getAttribute("aria-label")).startsWith("Graphique");
        Accessibility.assertNoSeriousViolations(browser.driver(), "coordinator-dashboard");

        browser.click("#language-switch");
        browser.waitForText("Coordination dashboard");
        assertThat(chartsDrawn()).isEqualTo(6);
        assertThat(browser.text("#coordinator-key-table")).contains("Match rate", "50%");
        browser.click("#language-switch");
        browser.waitForText("Tableau de bord de la coordination");
    }

    @Test
    void the_organisation_and_firm_dashboards_draw_their_charts() {
        signInAs(memberB);
        browser.open("/organisation/tableau-de-bord");
        browser.waitForText("Heures reçues par mois");
        assertThat(chartsDrawn()).isEqualTo(2);
        assertThat(browser.text("#organisation-outcomes-table")).contains("Heures confirmées").contains("6");
        Accessibility.assertNoSeriousViolations(browser.driver(), "organisation-dashboard");

        signInAs(firmMember);
        browser.open("/firm/tableau-de-bord");
        browser.waitForText("Avancement des obligations");
        assertThat(chartsDrawn()).isEqualTo(3);
        assertThat(browser.text("#firm-progress-table")).contains(main.sourceReference());
        Accessibility.assertNoSeriousViolations(browser.driver(), "firm-dashboard");
    }

    @Test
    void a_visitor_sees_the_transparency_page_with_charts_and_no_personal_data() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.click("#transparency-link a");
        browser.waitForText("Heures pro bono réalisées");
        assertThat(browser.path()).isEqualTo("/transparence");
        assertThat(chartsDrawn()).isEqualTo(3);
        String text = browser.bodyText();
        assertThat(text).doesNotContain("@", orgA.profile().legalName(), orgB.profile().legalName(), "Anne", "Bruno",
                "Alex");
        Accessibility.assertNoSeriousViolations(browser.driver(), "transparency");
        browser.click("#language-switch");
        browser.waitForText("Pro bono hours delivered");
        assertThat(chartsDrawn()).isEqualTo(3);
        browser.click("#language-switch");
        browser.waitForText("Heures pro bono réalisées");
    }
}
