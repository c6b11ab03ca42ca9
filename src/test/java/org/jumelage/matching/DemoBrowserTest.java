package org.jumelage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jumelage.accounts.AccountService;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.matching.review.MatchReview;
import org.jumelage.matching.review.MatchStatus;
import org.jumelage.matching.review.MatchView;
import org.jumelage.matching.runs.MatchingRun;
import org.jumelage.matching.runs.MatchingRuns;
import org.jumelage.matching.runs.RunStatus;
import org.jumelage.support.Accessibility;
import org.jumelage.support.Browser;
import org.jumelage.support.Mailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * What a newcomer sees on the demo data, in a real browser. First the README's tour: each stop is
 * opened as the demo account the README names, shows the demo content it promises (charts drawn on
 * the dashboards) and is photographed; run with {@code -Djumelage.tour.docs=true} to refresh the
 * pictures kept in {@code docs/tour/}. Then the demo coordinator runs matching on
 * everything the demo holds, follows the progress, reads the explained proposals, approves one
 * whose provider has a demo account, and that provider opens the e-mailed link, signs in and
 * accepts. The application starts with its demo data here, in a database of its own (a context of
 * its own, closed afterwards, which {@code DemoEvaluationsTest} may have opened and only read),
 * exactly as a fresh install does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "jumelage.demo-data=true")
// Its own database and background jobs: closed once done, so the rest of the suite does not carry it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoBrowserTest extends FirmsTestSupport {

    static final String COORDINATOR = "coordination@jumelage.demo";
    static final String COORDINATOR_PASSWORD = "Coord-Demo-2026!";

    /** Demo providers whose account can sign in (their passwords are in the README). */
    record DemoProvider(String providerName, String email, String password) {
    }

    static final List<DemoProvider> PROVIDERS = List.of(
            new DemoProvider("Laboratoire Boréal IA", "entreprise@jumelage.demo", "Firme-Demo-2026!"),
            new DemoProvider("Sam Roy", "benevole@jumelage.demo", "Benevole-Demo-2026!"));

    @LocalServerPort
    int port;
    @Autowired
    MatchingRuns runs;
    @Autowired
    MatchReview matchReview;
    @Autowired
    AccountService accounts;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private void signInOnLoginPage(String email, String password) {
        browser.type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys(password, Keys.ENTER);
        browser.waitForVaadin();
    }

    private Person demoPerson(String email) {
        return new Person(email, accounts.findByEmail(email).orElseThrow().id());
    }

    /** A stop of the README's tour: who opens which page, what it must show, and its picture. */
    record Stop(String picture, String email, String password, String path, int charts, String... shows) {
    }

    static final String OSBL = "osbl@jumelage.demo";
    static final String OSBL_PASSWORD = "Osbl-Demo-2026!";
    static final String FIRM = "entreprise@jumelage.demo";
    static final String FIRM_PASSWORD = "Firme-Demo-2026!";
    static final String VOLUNTEER = "benevole@jumelage.demo";
    static final String VOLUNTEER_PASSWORD = "Benevole-Demo-2026!";
    static final String ADMIN = "admin@jumelage.demo";
    static final String ADMIN_PASSWORD = "Admin-Demo-2026!";

    /** The README's tour, in its order (the pictures' names are the README's). */
    static final List<Stop> TOUR = List.of(
            new Stop("01-catalogue", null, null, "/catalogue", 0, "Catalogue des projets"),
            new Stop("02-transparence", null, null, "/transparence", 1, "Saguenay", "Atelier Numérique Saguenay"),
            new Stop("03-osbl-projects", OSBL, OSBL_PASSWORD, "/projects", 0, "Suivi des demandes d’aide"),
            new Stop("04-osbl-evaluation", OSBL, OSBL_PASSWORD, "/evaluations", 0, "Suivi des demandes d’aide"),
            new Stop("05-osbl-dashboard", OSBL, OSBL_PASSWORD, "/organisation/tableau-de-bord", 1,
                    "Mes projets par état", "Terminé"),
            new Stop("06-firm", FIRM, FIRM_PASSWORD, "/firm", 0, "Votre entreprise est vérifiée", "Contrat MCN-2025-114"),
            new Stop("07-firm-dashboard", FIRM, FIRM_PASSWORD, "/firm/tableau-de-bord", 1, "Contrat MCN-2025-114"),
            new Stop("08-firm-report", FIRM, FIRM_PASSWORD, "/firm/report", 0, "Rapport de conformité des heures pro bono"),
            new Stop("09-volunteer", VOLUNTEER, VOLUNTEER_PASSWORD, "/volunteer", 0, "My volunteer profile", "My hours"),
            new Stop("10-training", VOLUNTEER, VOLUNTEER_PASSWORD, "/formation", 0,
                    "Privacy and cybersecurity under Québec's Law 25"),
            new Stop("11-coordinator-dashboard", COORDINATOR, COORDINATOR_PASSWORD, "/coordination/tableau-de-bord", 3,
                    "Gini"),
            new Stop("12-project-review", COORDINATOR, COORDINATOR_PASSWORD, "/coordination/projects", 0,
                    "Remplacement de l’accueil téléphonique par un robot"),
            new Stop("15-audit-log", ADMIN, ADMIN_PASSWORD, "/admin/journal", 0, "Connexion réussie"));

    @Test
    @Order(1)
    void a_newcomer_sees_every_stop_of_the_readme_tour_with_the_demo_data() throws IOException {
        String signedIn = null;
        for (Stop stop : TOUR) {
            if (stop.email() == null ? signedIn != null : !stop.email().equals(signedIn)) {
                browser.driver().manage().deleteAllCookies();
                signedIn = null;
            }
            if (stop.email() != null && signedIn == null) {
                browser.open("/login");
                signInOnLoginPage(stop.email(), stop.password());
                browser.find("#home-title");
                signedIn = stop.email();
            }
            browser.open(stop.path());
            if (stop.charts() > 0) {
                browser.waitUpTo(Duration.ofSeconds(30)).until(d -> chartsDrawn() >= stop.charts());
            }
            String page = textOf("main");
            assertThat(page).as("tour stop " + stop.picture() + " (" + stop.path() + ")").contains(stop.shows());
            picture(stop.picture());
        }
        browser.driver().manage().deleteAllCookies();
    }

    /** How many canvases of the page hold a Chart.js chart. */
    private long chartsDrawn() {
        Object drawn = browser.js("const canvases = [...document.querySelectorAll('canvas')];"
                + " return window.Chart ? canvases.filter(c => window.Chart.getChart(c) !== undefined).length : 0;");
        return drawn instanceof Number n ? n.longValue() : 0;
    }

    /** A picture of the page for the README: under target/, and in docs/tour/ when asked to refresh them. */
    private void picture(String name) throws IOException {
        browser.waitForVaadin();
        browser.screenshot("tour-" + name);
        if (Boolean.getBoolean("jumelage.tour.docs")) {
            Path docs = Files.createDirectories(Path.of("docs", "tour"));
            Files.copy(Path.of("target", "screenshots", "tour-" + name + ".png"), docs.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    @Order(2)
    void the_demo_coordinator_matches_the_demo_data_and_a_demo_provider_accepts_from_the_mail() throws IOException {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        signInOnLoginPage(COORDINATOR, COORDINATOR_PASSWORD);
        browser.find("#home-title");

        browser.open("/coordination/matching");
        browser.find("#matching-runs-view");
        Accessibility.assertNoSeriousViolations(browser.driver(), "demo-matching-runs");
        browser.type("#matching-seconds", "3");
        browser.click("#matching-start");
        browser.waitForText("Le jumelage est lancé.");
        // Progress is pushed while the solver works: the best score, then the hours and seats matched.
        browser.waitForText("Meilleur score : ");
        browser.waitForText("Heures jumelées : ");
        browser.waitUpTo(Duration.ofSeconds(90))
                .until(d -> browser.bodyText().contains("Score par contrainte"));
        browser.waitForVaadin();
        String summary = textOf("#matching-summary");
        assertThat(summary).contains("Propositions", "Compétences au niveau demandé : ", "Postes restés ouverts");
        assertThat(summary).doesNotContainPattern(
                "\\b(accessibility|ai|change|comms|data|infra|pm|privacy|security|software|training|ux|web)\\.[a-z]");
        Accessibility.assertNoSeriousViolations(browser.driver(), "demo-matching-summary");
        picture("13-matching-run");

        browser.click("#matching-review-link");
        browser.find("#match-review-view .match-card");
        browser.waitForVaadin();
        Accessibility.assertNoSeriousViolations(browser.driver(), "demo-match-review");
        picture("14-match-review");

        // A proposal whose provider can sign in to answer. (Text is read from the document: the
        // browser leaves what is scrolled away out of its visible text.)
        String page = textOf("#match-review-view");
        assertThat(page).contains("Révision des propositions de jumelage", "Compétences au niveau demandé : ");
        DemoProvider provider = PROVIDERS.stream().filter(p -> page.contains("Fournisseur : " + p.providerName()))
                .findFirst().orElseThrow(() -> new AssertionError(
                        "The demo data proposes nothing to a demo provider who can sign in; the review shows:\n" + page));
        String cardId = cardOf(provider).getAttribute("id");
        assertThat(textOf("#" + cardId)).contains("En attente de révision", "Compétences au niveau demandé : ");
        browser.click("#" + cardId + " .match-approve");
        browser.waitUpTo(Duration.ofSeconds(20))
                .until(d -> textOf("#" + cardId).contains("Offre envoyée, en attente des réponses"));

        String link = Mailbox.link(Mailbox.awaitContaining(provider.email(), "/offers/answer?token=",
                Duration.ofSeconds(30)), "/offers/answer?token=");
        URI uri = URI.create(link);
        browser.driver().manage().deleteAllCookies();
        browser.open(uri.getRawPath() + "?" + uri.getRawQuery());
        signInOnLoginPage(provider.email(), provider.password());
        browser.find(".offer-accept");
        // The page speaks the provider's language (the demo volunteer reads English).
        String before = textOf("main");
        assertThat(before).containsAnyOf("Réponse du fournisseur : pas encore", "Provider’s answer: not yet");
        Accessibility.assertNoSeriousViolations(browser.driver(), "demo-offer-answer");
        browser.click(".offer-accept");
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> browser.findAll(".offer-accept").isEmpty()
                && (textOf("main").contains("Réponse du fournisseur : acceptée")
                        || textOf("main").contains("Provider’s answer: accepted")));

        signIn(demoPerson(COORDINATOR));
        MatchingRun run = runs.recent(1).get(0);
        assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.getProposals()).isNotEmpty();
        MatchView approved = matchReview.proposals(run.getId()).stream()
                .filter(m -> cardId.equals("match-" + m.id())).findFirst().orElseThrow();
        assertThat(approved.status()).isEqualTo(MatchStatus.OFFERED);
        assertThat(approved.providerAnswer()).isNotNull();
        assertThat(approved.providerAnswer().accepted()).isTrue();
        assertThat(approved.osblAnswer()).isNull();
        signOut();
    }

    private String textOf(String css) {
        return String.valueOf(browser.js("const e = document.querySelector(arguments[0]);"
                + " return e ? e.textContent : '';", css));
    }

    private WebElement cardOf(DemoProvider provider) {
        Optional<WebElement> card = browser.findAll(".match-card").stream()
                .filter(c -> c.getAttribute("textContent").contains("Fournisseur : " + provider.providerName())
                        && !c.findElements(By.cssSelector(".match-approve")).isEmpty())
                .findFirst();
        return card.orElseThrow();
    }
}
