package org.jumelage.impact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jumelage.impact.EvaluationDetails;
import org.jumelage.impact.EvaluationKind;
import org.jumelage.impact.ImpactTestSupport;
import org.jumelage.impact.JobsEffect;
import org.jumelage.support.Accessibility;
import org.jumelage.support.Browser;
import org.jumelage.support.Mailbox;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: an OSBL member follows the e-mailed link, signs in, fills the evaluation in
 * French (a mistake first, shown next to its field), sends it and finds it among the filled ones.
 * axe finds no serious or critical problem on the form and the list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationBrowserTest extends ImpactTestSupport {

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
    void an_osbl_member_fills_the_evaluation_in_french_from_the_mailed_link() {
        completedProject();
        String id = mineFor(osblMember, EvaluationKind.SURVEY).id();
        signOut();
        String link = Mailbox.link(Mailbox.awaitContaining(osblMember.email(), "/evaluations/" + id,
                Duration.ofSeconds(30)), "/evaluations/");
        URI uri = URI.create(link);

        browser.driver().manage().deleteAllCookies();
        browser.open(uri.getRawPath());
        browser.type("#vaadinLoginUsername", osblMember.email());
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.waitForVaadin();
        browser.find("#survey-form");
        browser.waitForText("Projet « Tableau de bord alimentaire »");
        Accessibility.assertNoSeriousViolations(browser.driver(), "evaluation form");

        pick("#objectives vaadin-radio-button", "4");
        browser.type("#hoursFreedPerMonth", "10");
        pick("#jobsEffect vaadin-radio-button", "Tâches réaffectées, sans perte d’emploi");
        browser.type("#beneficiariesChange", "-2");
        pick("#satisfaction vaadin-radio-button", "5");
        browser.click("#evaluation-submit");
        browser.waitForText("Dites à quoi servent les heures libérées.");
        assertThat(browser.text("#evaluation-problem")).contains("Certaines réponses sont à corriger");

        browser.write("#hoursNowUsedFor", "Plus de temps auprès des familles.");
        browser.write("#skillsGained", "Lire et tenir à jour le tableau de bord.");
        browser.click("#evaluation-submit");
        browser.find("#evaluation-thanks");
        browser.waitForText("Merci! Vos réponses sont enregistrées.");
        assertThat(browser.text("#evaluation-answers")).contains("Plus de temps auprès des familles.", "-2");
        Accessibility.assertNoSeriousViolations(browser.driver(), "evaluation answers");

        browser.open("/evaluations");
        browser.find("#evaluations-done .evaluation-card");
        assertThat(browser.text("#evaluations-done")).contains("Tableau de bord alimentaire");
        Accessibility.assertNoSeriousViolations(browser.driver(), "my evaluations");

        signIn(osblMember);
        EvaluationDetails stored = evaluations.get(id);
        assertThat(stored.submitted()).isTrue();
        assertThat(stored.survey().objectives()).isEqualTo(4);
        assertThat(stored.survey().hoursFreedPerMonth()).isEqualTo(10);
        assertThat(stored.survey().jobsEffect()).isEqualTo(JobsEffect.REALLOCATED);
        assertThat(stored.survey().beneficiariesChange()).isEqualTo(-2);
        signOut();
    }

    /** Clicks the radio button whose label is this text. */
    private void pick(String itemsCss, String label) {
        browser.find(itemsCss);
        List<WebElement> items = browser.findAll(itemsCss);
        WebElement item = items.stream().filter(e -> e.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + label + " in " + itemsCss));
        item.click();
        browser.waitForVaadin();
    }
}
