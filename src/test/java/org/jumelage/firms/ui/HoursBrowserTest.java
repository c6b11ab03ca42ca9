package org.jumelage.firms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.i18n.Languages;
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
 * In a real browser: a firm member declares an obligation and sees it, logs hours on the seat a
 * coordinator allocated, the OSBL confirms them, and the firm's balance shows the confirmed hours. A
 * volunteer logs hours from their profile. axe finds no serious or critical problem on these pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HoursBrowserTest extends FirmsTestSupport {

    /** The visible rows of a Vaadin grid, each as its cells' texts joined by "|". */
    private static final String GRID_ROWS = "const g = document.querySelector(arguments[0]);"
            + " return Array.from(g.shadowRoot.querySelectorAll('#items tr')).filter(r => !r.hidden)"
            + ".map(r => Array.from(r.querySelectorAll('td')).map(td => { const s = td.querySelector('slot');"
            + " const n = s && s.assignedNodes()[0]; return n ? n.textContent.trim() : ''; }).join('|'));";

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

    private void signInBrowser(Person person) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.type("#vaadinLoginUsername", person.email());
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.find("#home-title");
        browser.waitForVaadin();
    }

    @SuppressWarnings("unchecked")
    private List<String> rows(String gridCss) {
        browser.waitForVaadin();
        return (List<String>) browser.js(GRID_ROWS, gridCss);
    }

    @Test
    void firm_declares_an_obligation_logs_hours_and_sees_them_confirmed_by_the_osbl() {
        Person member = person(Role.FIRM_MEMBER, Languages.FRENCH, "Alex Tremblay");
        FirmDetails firm = verifiedFirmOf(member, "Firme Sélénium");
        Person osbl = person(Role.OSBL_MEMBER, Languages.FRENCH, "Olga Bouchard");
        ProjectView project = projectOf(osbl);
        Person coordinator = person(Role.COORDINATOR, Languages.FRENCH, "Coralie");
        signOut();

        // The firm member declares an obligation and sees it.
        signInBrowser(member);
        browser.open("/firm");
        browser.find("#obligation-form");
        browser.type("#obligation-hours", "100");
        browser.type("#obligation-source", "Contrat SEL-2026-01, clause 4");
        browser.date("#obligation-start", today().minusDays(30).toString());
        browser.date("#obligation-expiry", today().plusDays(300).toString());
        browser.click("#obligation-declare");
        browser.waitForText("L’obligation est déclarée.");
        assertThat(rows("#firm-obligations")).anySatisfy(r -> assertThat(r).startsWith("Contrat SEL-2026-01, clause 4|100|"));
        Accessibility.assertNoSeriousViolations(browser.driver(), "firm view with an obligation");

        // Matching does not exist yet: a coordinator allocates a seat through the ledger's API.
        signIn(member);
        ObligationView obligation = obligations.ofFirm(firm.id()).get(0);
        signIn(coordinator);
        ledger.allocate(ProviderRef.obligation(obligation.id()), project.id(), "s1", 10, key());
        signOut();

        browser.open("/firm");
        browser.find("#hours-form");
        assertThat(rows("#hours-seats")).singleElement().satisfies(r -> assertThat(r).startsWith(project.title()));
        Accessibility.assertNoSeriousViolations(browser.driver(), "hours logging form");
        browser.date("#hours-day", today().minusDays(1).toString());
        browser.type("#hours-hours", "6");
        browser.write("#hours-description", "Nettoyage du fichier des membres");
        browser.click("#hours-log");
        browser.waitForText("Les heures sont déclarées");
        assertThat(rows("#firm-balances")).contains("Contrat SEL-2026-01, clause 4|100|10|6|0|90|0");

        // The OSBL member confirms them.
        signInBrowser(osbl);
        browser.open("/organisation/hours");
        browser.find("#organisation-hours");
        assertThat(rows("#organisation-hours")).singleElement().satisfies(r -> assertThat(r)
                .contains(project.title() + " · s1", firm.profile().name(), "|6|", "Nettoyage du fichier des membres"));
        Accessibility.assertNoSeriousViolations(browser.driver(), "OSBL hours confirmation");
        browser.click(".hours-confirm");
        browser.waitForText("Les heures sont confirmées.");
        browser.waitForText("Aucune heure n’attend votre confirmation.");

        // The firm's balance now counts them as confirmed.
        signInBrowser(member);
        browser.open("/firm");
        browser.find("#firm-balances");
        assertThat(rows("#firm-balances")).contains("Contrat SEL-2026-01, clause 4|100|10|6|6|90|0",
                "Total de l’entreprise|100|10|6|6|90|0");
    }

    @Test
    void a_volunteer_logs_hours_from_their_profile() {
        Person volunteer = person(Role.VOLUNTEER, Languages.FRENCH, "Rosalie Morin");
        ProjectView project = projectOf(person(Role.OSBL_MEMBER, Languages.FRENCH, "Odile"));
        signIn(person(Role.COORDINATOR, Languages.FRENCH, "Coralie"));
        ledger.allocate(ProviderRef.volunteer(volunteer.id()), project.id(), "s2", 8, key());
        signOut();

        signInBrowser(volunteer);
        browser.open("/volunteer");
        browser.find("#hours-form");
        browser.date("#hours-day", today().toString());
        browser.type("#hours-hours", "3");
        browser.click("#hours-log");
        browser.waitForText("Les heures sont déclarées");
        browser.waitForText("Heures attribuées : 8 · déclarées : 3");
        Accessibility.assertNoSeriousViolations(browser.driver(), "volunteer hours");
        signIn(volunteer);
        assertThat(ledger.balances(ProviderRef.volunteer(volunteer.id())).logged()).isEqualTo(3);
    }
}
