package org.jumelage.matching.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;

import org.jumelage.matching.review.MatchingFlowSupport;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.support.Accessibility;
import org.jumelage.support.Browser;
import org.jumelage.support.Mailbox;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the coordinator reads a run's proposal with its reasons and approves it; the
 * firm member opens the e-mailed link, signs in and accepts; the OSBL accepts in "My offers"; the
 * seat is matched. axe-core finds no serious or critical problem on the review and offer views.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchReviewBrowserTest extends MatchingFlowSupport {

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

    private void signInAs(Person person) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        signInOnLoginPage(person);
    }

    private void signInOnLoginPage(Person person) {
        browser.type("#vaadinLoginUsername", person.email());
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.waitForVaadin();
    }

    @Test
    void a_proposal_is_approved_and_accepted_by_both_sides_through_the_pages() {
        setUpWorld(Locale.FRENCH);
        String runId = recordProposal(firmProvider());

        signInAs(coordinator);
        browser.find("#home-title");
        browser.open("/coordination/matching/review/" + runId);
        browser.find(".match-card");
        browser.waitForText("Compétences au niveau demandé : Tableaux de bord Power BI — expert (requis : avancé).");
        browser.waitForText("Pénalité : le fournisseur ne travaille pas dans la région du poste (Saguenay–Lac-Saint-Jean).");
        browser.waitForText("Tableau de bord alimentaire — Analyste de données");
        Accessibility.assertNoSeriousViolations(browser.driver(), "match-review");
        browser.click(".match-approve");
        browser.waitForText("Offre envoyée, en attente des réponses");

        String link = Mailbox.link(org.jumelage.matching.review.MatchOfferFlowTest.offerMailTo(firmMember), "/offers/answer?token=");
        URI uri = URI.create(link);
        browser.driver().manage().deleteAllCookies();
        browser.open(uri.getRawPath() + "?" + uri.getRawQuery());
        signInOnLoginPage(firmMember);
        browser.find(".offer-accept");
        browser.waitForText("Réponse du fournisseur : pas encore");
        Accessibility.assertNoSeriousViolations(browser.driver(), "offer-answer");
        browser.click(".offer-accept");
        browser.waitForText("Réponse du fournisseur : acceptée");

        signInAs(osblMember);
        browser.find("#home-title");
        browser.open("/offers");
        browser.find(".offer-accept");
        Accessibility.assertNoSeriousViolations(browser.driver(), "my-offers");
        browser.click(".offer-accept");
        browser.waitForText("Acceptée par les deux parties");

        signIn(coordinator);
        assertThat(projects.get(project.id()).status()).isEqualTo(ProjectStatus.MATCHED);
        assertThat(ledger.balances(firmProvider()).allocated()).isEqualTo(60);
        signOut();
    }
}
