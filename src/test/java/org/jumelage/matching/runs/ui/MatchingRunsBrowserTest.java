package org.jumelage.matching.runs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jumelage.matching.runs.MatchingRun;
import org.jumelage.matching.runs.MatchingRunsTestSupport;
import org.jumelage.matching.runs.RunStatus;
import org.jumelage.support.Accessibility;
import org.jumelage.support.Browser;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator in a real browser starts a matching run on a region with an open project, a verified
 * firm and a volunteer, sees its progress pushed to the page, then the completed summary with the
 * explained proposal and the seat left open. axe-core finds no serious or critical problem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingRunsBrowserTest extends MatchingRunsTestSupport {

    @Override
    protected org.jumelage.shared.domain.Region region() {
        return org.jumelage.shared.domain.Region.GASPESIE_ILES_DE_LA_MADELEINE;
    }

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

    @Test
    void a_coordinator_runs_matching_and_sees_progress_and_the_explained_summary() throws Exception {
        World world = world();
        noRunInProgress();
        signOut();

        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.type("#vaadinLoginUsername", coordinator().email());
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.find("#home-title");
        browser.waitForVaadin();

        browser.open("/coordination/matching");
        browser.find("#matching-runs-view");
        browser.waitForText("Jumelages");
        Accessibility.assertNoSeriousViolations(browser.driver(), "matching-runs");
        browser.select("#matching-scope", "Une région");
        browser.select("#matching-region", "Gaspésie–Îles-de-la-Madeleine");
        browser.type("#matching-seconds", "4");
        browser.click("#matching-start");
        browser.waitForText("Le jumelage est lancé.");
        // Progress arrives by server push while the solver works.
        browser.waitForText("Meilleur score : 0hard/");
        browser.waitForText("Postes pourvus : ");

        browser.waitUpTo(Duration.ofSeconds(60))
                .until(d -> browser.bodyText().contains("Score par contrainte"));
        browser.waitForVaadin();
        String page = browser.bodyText();
        assertThat(page).contains("Propositions").contains(world.project().title())
                .contains("Heures pro bono de " + world.firm().profile().name())
                .contains("Postes restés ouverts").contains("Tableaux de bord Power BI au niveau expert ou plus")
                .contains("Passer en revue les propositions").contains("Télécharger le problème (JSON)");
        Accessibility.assertNoSeriousViolations(browser.driver(), "matching-run-summary");

        signIn(coordinator());
        MatchingRun run = runs.recent(1).get(0);
        assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.scope().region()).isEqualTo(region());
        assertThat(run.getSecondsLimit()).isEqualTo(4);
    }
}
