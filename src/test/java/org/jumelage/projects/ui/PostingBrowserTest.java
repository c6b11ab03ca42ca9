package org.jumelage.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationsTestSupport;
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
 * In headless Chromium: an OSBL member posts a project through the guided form, a coordinator
 * approves it, a visitor finds it in the public catalogue, and the decision e-mail arrives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostingBrowserTest extends OrganisationsTestSupport {

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

    private void login(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.find("#main-nav");
        browser.waitForVaadin();
    }

    @Test
    void a_member_posts_a_project_a_coordinator_approves_it_and_anyone_finds_it() throws Exception {
        String marker = "Jardin" + UUID.randomUUID().toString().substring(0, 6);
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Nadia Ouellet");
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Dominique Côté");
        OrganisationDetails organisation = registered(member, "Les Jardins de " + marker);
        signIn(coordinator);
        review.verify(organisation.id(), organisation.version());
        waiveScoping(organisation.id());
        signOut();

        login(member.email());
        browser.open("/projects").click("#create-project");
        browser.find("#project-editor");
        Accessibility.assertNoSeriousViolations(browser.driver(), "posting form");

        // Step 1: the project
        browser.type("#title", "Potager collectif " + marker);
        browser.write("#summary", "Planifier les récoltes du " + marker + " avec un tableau partagé.");
        browser.write("#problem", "Les bénévoles se coordonnent par téléphone et des récoltes se perdent.");
        browser.write("#expectedOutcome", "Aucune récolte perdue; deux heures gagnées chaque semaine.");
        browser.select("#category", "Mission — éducation");
        browser.select("#dataInvolved", "Aucune donnée");
        browser.date("#earliestStart", "2027-03-01").date("#deadline", "2027-06-30");
        browser.click("#step-next");
        browser.waitForText("Brouillon enregistré");

        // Step 2: one seat
        browser.type("#seat-1 .seat-role", "Analyste de données");
        browser.type("#seat-1 .seat-hours", "40");
        browser.choose("#seat-1 .skill-choice", "Tableaux de bord Power BI");
        browser.click("#step-next");

        // Step 3: scoping
        browser.write("#deliverables", "Un tableau partagé et un guide d’une page.");
        browser.type("#decisionMaker", "La coordonnatrice du jardin");
        browser.type("#staffHours", "4");
        browser.click("#step-next");

        // Step 4: ethics
        browser.write("#automatedTasks", "Les appels de coordination.");
        browser.write("#freedTimeUse", "L’accueil des nouveaux bénévoles.");
        browser.click("#jobImpact vaadin-radio-button:nth-of-type(1)");
        browser.write("#beneficiaryRisks", "Aucun : pas de données sur les personnes.");
        browser.write("#humanOversight", "Aucune décision automatisée.");
        browser.click("#step-next");

        // Step 5: review and submit
        browser.waitForText("Tout est rempli");
        browser.screenshot("posting-review-fr");
        browser.click("#submit-project");
        browser.waitForText("Soumis");
        String projectPath = browser.path();
        assertThat(projectPath).startsWith("/project/");

        // The coordinator reviews it from the queue and approves it.
        login(coordinator.email());
        browser.open("/coordination/projects");
        browser.waitForText("Potager collectif " + marker);
        Accessibility.assertNoSeriousViolations(browser.driver(), "review queue");
        browser.open(projectPath);
        browser.click("#project-action-approve");
        browser.find("#decision-comment");
        browser.write("#decision-comment", "Projet clair, merci!");
        browser.click("#decision-confirm");
        browser.waitForText("Ouvert au jumelage");

        // A visitor finds it in the public catalogue, typing without accents.
        browser.driver().manage().deleteAllCookies();
        browser.open("/catalogue");
        browser.type("#catalogue-keywords", "potager " + marker.toLowerCase());
        browser.find("#catalogue-keywords input").sendKeys(Keys.ENTER);
        browser.waitForText("Potager collectif " + marker);
        assertThat(browser.bodyText()).contains("Les Jardins de " + marker).doesNotContain(member.email());
        browser.screenshot("catalogue-fr");
        Accessibility.assertNoSeriousViolations(browser.driver(), "catalogue");

        // The decision e-mail reached the member.
        MimeMessage decision = Mailbox.awaitMessages(member.email(), 2, java.time.Duration.ofSeconds(30)).stream()
                .filter(m -> Mailbox.text(m).contains("Potager collectif")).findFirst().orElseThrow();
        assertThat(decision.getSubject()).isEqualTo("Décision sur votre projet");
        assertThat(Mailbox.text(decision)).contains("Projet clair, merci!");
    }

}
