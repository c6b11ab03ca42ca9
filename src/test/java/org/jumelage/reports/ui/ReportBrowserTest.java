package org.jumelage.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.jumelage.accounts.Role;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectView;
import org.jumelage.reports.ReportsTestSupport;
import org.jumelage.documents.Verification;
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
 * In a real browser: a firm member sees the compliance report, downloads its CSV and PDF through the
 * page's links; the code read from the PDF is confirmed on the public verification page, which
 * refuses unknown and malformed codes; a volunteer downloads an attestation that verifies too. axe
 * finds no serious or critical problem on these pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest extends ReportsTestSupport {

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
    void a_firm_member_downloads_the_report_and_its_code_is_confirmed_on_the_public_page() {
        Scenario s = scenario();
        signInBrowser(s.firmMember().email());
        browser.open("/firm/report");
        browser.find("#report-obligations");
        browser.waitForText(s.firm().profile().name());
        browser.waitForText("Analyste de données");
        assertThat(browser.text("#report-obligations")).contains(s.contract().sourceReference(), "Total");
        Accessibility.assertNoSeriousViolations(browser.driver(), "compliance-report");

        Download csv = download("#report-csv");
        assertThat(csv.status()).isEqualTo(200);
        String csvText = new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFFEntreprise;").contains("Confirmées dans la période",
                s.project().title());

        Download pdf = download("#report-pdf");
        assertThat(pdf.status()).isEqualTo(200);
        String text = pdfText(pdf.bytes());
        String code = codeIn(text);
        Verification recorded = verifications.find(code).orElseThrow();
        assertThat(verifications.matches(recorded, pdf.bytes())).isTrue();

        // A ministry with the PDF, not signed in.
        browser.driver().manage().deleteAllCookies();
        browser.open("/verifier/" + code);
        browser.waitForText("Document authentique");
        assertThat(browser.text("#verify-facts")).contains(s.firm().profile().name(),
                "Rapport de conformité des heures pro bono d’une entreprise", "Heures dues\n150",
                "Heures confirmées\n18", code);
        Accessibility.assertNoSeriousViolations(browser.driver(), "verifier-confirmed");

        browser.open("/verifier/JUM-2222-3333-4444");
        browser.waitForText("Aucun document émis par Jumelage ne porte ce code.");
        assertThat(browser.findAll("#verify-facts")).isEmpty();
        Accessibility.assertNoSeriousViolations(browser.driver(), "verifier-unknown");

        browser.open("/verifier/bonjour");
        browser.waitForText("Ce texte n’est pas un code de vérification");
        assertThat(browser.findAll("#verify-facts")).isEmpty();

        // Typed by hand, in lower case with spaces: the page puts the code in the address and confirms it.
        browser.open("/verifier");
        Accessibility.assertNoSeriousViolations(browser.driver(), "verifier-empty");
        browser.type("#verify-code", code.toLowerCase(Locale.ROOT).replace("-", " "));
        browser.click("#verify-submit");
        browser.waitForText("Document authentique");
        assertThat(browser.path()).isEqualTo("/verifier/" + code);

        browser.click("#language-switch");
        browser.find("#verifier-view");
        browser.waitForText("Genuine document");
        assertThat(browser.text("#verify-facts")).contains("Hours owed\n150");
        browser.click("#language-switch");
        browser.waitForText("Document authentique");
    }

    @Test
    void a_volunteer_reaches_the_attestation_from_the_profile_and_downloads_a_verifiable_pdf() {
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        Person volunteer = person(Role.VOLUNTEER, Locale.FRENCH, "Rosalie Morin");
        Person osbl = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga");
        ProjectView project = projectWithSeats(osbl);
        ProviderRef me = ProviderRef.volunteer(volunteer.id());
        signIn(coordinator);
        ledger.allocate(me, project.id(), "s2", 30, key());
        signIn(volunteer);
        LedgerLine line = ledger.log(me, project.id(), "s2", today().minusDays(3), 9, "Maquette", key());
        signOut();

        signInBrowser(volunteer.email());
        browser.open("/volunteer");
        browser.click("#volunteer-attestation-link");
        browser.find("#attestation-view");
        browser.waitForText("Aucune de vos heures n’a encore été confirmée");
        assertThat(browser.findAll("#attestation-pdf")).allSatisfy(a -> assertThat(a.isDisplayed()).isFalse());
        Accessibility.assertNoSeriousViolations(browser.driver(), "attestation-none");

        signIn(osbl);
        ledger.confirm(line.id(), null, key());
        signOut();
        browser.open("/volunteer/attestation");
        browser.waitForText("Tableaux de bord Power BI");
        browser.waitForText(project.title());
        Accessibility.assertNoSeriousViolations(browser.driver(), "attestation");
        Download pdf = download("#attestation-pdf");
        assertThat(pdf.status()).isEqualTo(200);
        String code = codeIn(pdfText(pdf.bytes()));
        Verification recorded = verifications.find(code).orElseThrow();
        assertThat(recorded.subjectName()).isEqualTo("Rosalie Morin");
        assertThat(recorded.figures()).containsEntry("confirmedHours", 9);
        assertThat(verifications.matches(recorded, pdf.bytes())).isTrue();

        browser.driver().manage().deleteAllCookies();
        browser.open("/verifier/" + code);
        browser.waitForText("Attestation de participation bénévole");
        assertThat(browser.text("#verify-facts")).contains("Rosalie Morin", "Heures confirmées\n9");
    }

    record Download(int status, byte[] bytes) {
    }

    /** Fetches a download link's target in the page, with the page's session, as a click would. */
    private Download download(String anchorCss) {
        browser.find(anchorCss);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.js(
                "const href = document.querySelector(arguments[0]).href;"
                        + " return fetch(href, {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => {"
                        + " const a = new Uint8Array(b); let s = '';"
                        + " for (let i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); }"
                        + " return {status: r.status, body: btoa(s)}; }));",
                anchorCss);
        return new Download(((Number) result.get("status")).intValue(),
                Base64.getDecoder().decode((String) result.get("body")));
    }

    private void signInBrowser(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.find("#home-title");
        browser.waitForVaadin();
    }
}
