package org.jumelage.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.accounts.Role;
import org.jumelage.matching.runs.MatchingRunsTestSupport;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.i18n.TranslationsTestAccess;
import org.jumelage.support.Browser;
import org.jumelage.support.Mailbox;
import org.jumelage.support.TestAccounts;
import org.jumelage.training.CourseContent;
import org.jumelage.training.CourseContent.Choice;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.CourseContent.Question;
import org.jumelage.training.Learning;
import org.jumelage.training.TrainingRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The whole journey of issue 9 in headless Chromium, each step typed and clicked as a person would:
 * an OSBL member registers, verifies the address from the e-mail, registers the organisation, takes
 * the scoping course and posts a project with a firm seat and a volunteer seat (ethics questionnaire
 * included); a coordinator verifies the organisation and approves the project; a firm member
 * registers the firm, which the coordinator verifies, and declares an obligation; a student
 * registers, completes the privacy course and sets the availability; the coordinator runs matching
 * on the project's region, reads the explanations and approves; the firm and the student accept
 * from the e-mailed links and the OSBL in "My offers"; the firm and the student log hours, the OSBL
 * confirms them and completes the project, then fills the evaluation; the dashboards and the public
 * page show the delivered hours; the firm downloads its compliance report and the public page
 * confirms its code. A shorter pass then shows the same main screens in English.
 *
 * <p>The project is on site in a region no other test uses: the shared store's other providers
 * cannot take its seats, so the run proposes exactly this journey's firm and student.
 * Screenshots of the main screens go to {@code target/screenshots/NN-name.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyBrowserTest extends MatchingRunsTestSupport {

    private static final Region REGION = Region.MAURICIE;
    private static final String REGION_LABEL = "Mauricie";
    private static final Pattern CODE = Pattern.compile("JUM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    private static final String OSBL_PASSWORD = "Notre organisme 2026 !";
    private static final String FIRM_PASSWORD = "Heures pro bono 2026 !";
    private static final String STUDENT_PASSWORD = "Session d’hiver 2026 !";
    /** The visible rows of a Vaadin grid, each as its cells' texts joined by "|". */
    private static final String GRID_ROWS = "const g = document.querySelector(arguments[0]);"
            + " return Array.from(g.shadowRoot.querySelectorAll('#items tr')).filter(r => !r.hidden)"
            + ".map(r => Array.from(r.querySelectorAll('td')).map(td => { const s = td.querySelector('slot');"
            + " const n = s && s.assignedNodes()[0]; return n ? n.textContent.trim() : ''; }).join('|'));";
    /** The rows of a plain HTML table inside an element, each as its cells' texts joined by "|". */
    private static final String TABLE_ROWS = "return Array.from(document.querySelectorAll(arguments[0] + ' tr'))"
            + ".map(r => Array.from(r.children).map(c => c.textContent.trim()).join('|'));";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    Learning learning;

    /** The browser of whoever acts now. */
    Browser browser;
    /** Each person's own browser, kept signed in, by e-mail address ("" for a visitor's). */
    private final Map<String, Browser> browsers = new LinkedHashMap<>();
    int shot;

    /** What the journey created, by the names people see. */
    private final String marker = UUID.randomUUID().toString().substring(0, 6);
    private final String osblEmail = "osbl-" + marker + "@exemple.org";
    private final String firmEmail = "firme-" + marker + "@exemple.org";
    private final String studentEmail = "etudiante-" + marker + "@exemple.org";
    private final String organisationName = "Carrefour familial " + marker;
    private final String projectTitle = "Site et tableau de bord " + marker;
    private final String firmName = "Numérique Trois-Rivières " + marker;
    private final String contract = "Contrat MAU-" + marker + ", clause 7";
    private String coordinatorEmail;
    private String projectPath;

    @Override
    protected Region region() {
        return REGION;
    }

    @BeforeAll
    void startBrowser() {
        asVisitor();
        browser.openFirst("/login");
    }

    @AfterAll
    void stopBrowsers() {
        browsers.values().forEach(Browser::close);
    }

    @Test
    void the_whole_journey_in_french_then_the_main_screens_in_english() throws Exception {
        coordinatorEmail = testAccounts.create(Role.COORDINATOR, Locale.FRENCH, "Dominique Côté");
        try {
            frenchJourneyThenEnglish();
        } catch (Throwable failure) {
            browser.screenshot("failure-" + marker);
            throw new AssertionError("The journey stopped on " + browser.driver().getCurrentUrl() + ", showing:\n"
                    + String.valueOf(browser.js("return document.body.innerText")), failure);
        }
    }

    private void frenchJourneyThenEnglish() throws Exception {
        long publicHoursBefore = publicHoursDelivered();

        coordinatorInstallsTheStarterCourses();
        osblMemberRegistersAndCreatesTheOrganisation();
        coordinatorVerifiesTheOrganisation();
        osblMemberTakesTheScopingCourse();
        osblMemberPostsTheProject();
        coordinatorApprovesTheProject();
        firmMemberRegistersTheFirm();
        coordinatorVerifiesTheFirm();
        firmMemberDeclaresAnObligationAndOptsIntoTransparency();
        studentRegistersTakesThePrivacyCourseAndSetsAvailability();
        coordinatorRunsMatchingReadsTheReasonsAndApproves();
        providersAcceptFromTheMailedLinksAndTheOsblInMyOffers();
        osblStartsTheWork();
        firmAndStudentLogHours();
        osblConfirmsTheHoursAndCompletesTheProject();
        osblFillsTheEvaluation();
        dashboardsShowTheDeliveredHours();
        publicPageShowsTheDeliveredHours(publicHoursBefore);
        firmDownloadsTheComplianceReportWhichTheVerifierConfirms();

        theMainScreensInEnglish();
    }

    // --- the French journey ------------------------------------------------------------------

    private void coordinatorInstallsTheStarterCourses() {
        signInBrowser(coordinatorEmail, TestAccounts.PASSWORD);
        browser.open("/coordination/formation");
        click("#install-starter");
        see(fr("training.author.starterDone").substring(4));
    }

    private void osblMemberRegistersAndCreatesTheOrganisation() {
        registerThroughTheForm(osblEmail, "Nadia Ouellet", OSBL_PASSWORD, 1, "01-inscription");
        see(fr("home.OSBL_MEMBER.title"));
        screenshot("osbl-accueil");

        browser.open("/organisation");
        browser.find("#organisation-form");
        type("#legalName", organisationName);
        type("#neq", uniqueNeq());
        browser.choose("#sector", fr("sector.SOCIAL_WORK"));
        browser.choose("#region", REGION_LABEL);
        type("#street", "1250, rue des Forges");
        type("#city", "Trois-Rivières");
        type("#postalCode", "G9A 2G9");
        browser.select("#employees", fr("employeeBand.FROM_1_TO_4"));
        browser.select("#volunteers", fr("volunteerBand.FROM_25_TO_99"));
        browser.select("#budget", fr("budgetBand.UNDER_100K"));
        write("#description", "Aide aux familles du quartier : repas, devoirs, écoute.");
        click("#organisation-create");
        see(fr("organisation.banner.PENDING"));
        screenshot("organisme-inscrit");
    }

    private void coordinatorVerifiesTheOrganisation() {
        signInBrowser(coordinatorEmail, TestAccounts.PASSWORD);
        browser.open("/coordination/organisations");
        browser.find("#organisations-grid");
        type("#organisation-search", marker);
        see(organisationName);
        openTheOnlyRow("#organisations-grid", marker, "#review-verify");
        screenshot("verification-organisme");
        click("#review-verify");
        see(fr("organisation.review.verified"));
    }

    private void osblMemberTakesTheScopingCourse() throws Exception {
        signInBrowser(osblEmail, OSBL_PASSWORD);
        browser.open("/formation");
        browser.find("#course-list");
        screenshot("catalogue-formation");
        click("[data-code='" + TrainingRecords.SCOPING_COURSE + "'] a");
        takeTheCourse(TrainingRecords.SCOPING_COURSE, "cours-cadrage");
    }

    private void osblMemberPostsTheProject() {
        browser.open("/projects").click("#create-project");
        browser.find("#project-editor");

        // Step 1: the project
        type("#title", projectTitle);
        write("#summary", "Un site clair pour nos services et un tableau de bord des repas servis.");
        write("#problem", "Les familles ne trouvent pas nos horaires et nos bilans se font à la main.");
        write("#expectedOutcome", "Un site à jour et un tableau mensuel des repas, sans double saisie.");
        browser.select("#category", fr("projectCategory.ACCESS_TO_SERVICES"));
        browser.select("#dataInvolved", fr("dataInvolved.NONE"));
        browser.date("#earliestStart", today().toString()).date("#deadline", today().plusDays(120).toString());
        click("#step-next");
        see(fr("posting.saved").replace(" {0}", ""));

        // Step 2: a firm seat and a volunteer seat, on site in the organisation's region
        seat(1, "Intégrateur WordPress", 30, fr("providerKind.FIRM"), "Sites WordPress");
        click("#add-seat");
        seat(2, "Analyste Power BI", 20, fr("providerKind.VOLUNTEER"), "Tableaux de bord Power BI");
        screenshot("projet-postes");
        click("#step-next");

        // Step 3: scoping
        write("#deliverables", "Un site WordPress à jour et un tableau de bord mensuel.");
        type("#decisionMaker", "La directrice du Carrefour");
        type("#staffHours", "5");
        click("#step-next");

        // Step 4: the ethics and job-impact questionnaire
        write("#automatedTasks", "La compilation mensuelle des repas servis.");
        write("#freedTimeUse", "Plus de temps d’accueil des familles.");
        click("#jobImpact vaadin-radio-button:nth-of-type(1)");
        write("#beneficiaryRisks", "Aucun : aucune donnée sur les personnes.");
        write("#humanOversight", "La directrice relit chaque bilan.");
        click("#step-next");

        // Step 5: review and submit (the scoping course now done, the gate lets it through)
        see(fr("posting.review.ready"));
        screenshot("projet-revision");
        click("#submit-project");
        see(fr("projectStatus.SUBMITTED"));
        projectPath = browser.path();
        assertThat(projectPath).startsWith("/project/");
    }

    private void coordinatorApprovesTheProject() {
        signInBrowser(coordinatorEmail, TestAccounts.PASSWORD);
        browser.open("/coordination/projects");
        see(projectTitle);
        browser.open(projectPath);
        see(projectTitle);
        click("#project-action-approve");
        browser.find("#decision-comment");
        write("#decision-comment", "Projet bien cadré, merci!");
        click("#decision-confirm");
        see(fr("projectStatus.OPEN"));
        screenshot("projet-ouvert");
    }

    private void firmMemberRegistersTheFirm() {
        registerThroughTheForm(firmEmail, "Alex Tremblay", FIRM_PASSWORD, 2, null);
        see(fr("home.FIRM_MEMBER.title"));
        browser.open("/firm");
        browser.find("#firm-form");
        type("#firm-name", firmName);
        type("#firm-neq", uniqueFirmNeq());
        browser.select("#firm-size", fr("firmui.size.FROM_10_TO_49"));
        chooseMany("#firm-regions", REGION_LABEL);
        chooseMany("#firm-languages", fr("workingLanguage.FRENCH"));
        type("#firm-contactEmail", "pro-bono@numerique-tr.example");
        write("#firm-description", "Sites Web et données pour les organismes de la Mauricie.");
        click("#firm-team-skills-add");
        browser.choose("#firm-team-skills .team-skill", "Sites WordPress");
        type("#firm-team-skills .team-skill-staff", "3");
        click("#firm-availability-add");
        browser.date("#firm-availability .period-from", today().minusDays(1).toString());
        browser.date("#firm-availability .period-to", today().plusDays(300).toString());
        type("#firm-availability .period-hours", "60");
        click("#firm-register");
        see(fr("firmui.banner.PENDING"));
        screenshot("entreprise-inscrite");
    }

    private void coordinatorVerifiesTheFirm() {
        signInBrowser(coordinatorEmail, TestAccounts.PASSWORD);
        browser.open("/coordination/firms");
        browser.find("#firms-grid");
        type("#firm-search", marker);
        see(firmName);
        openTheOnlyRow("#firms-grid", marker, "#firm-review-reason");
        click("#firm-review-verify");
        see(fr("firmreview.verified"));
    }

    private void firmMemberDeclaresAnObligationAndOptsIntoTransparency() {
        signInBrowser(firmEmail, FIRM_PASSWORD);
        browser.open("/firm");
        see(fr("firmui.banner.VERIFIED"));
        browser.find("#obligation-form");
        type("#obligation-hours", "120");
        type("#obligation-source", contract);
        browser.date("#obligation-start", today().minusDays(1).toString());
        browser.date("#obligation-expiry", today().plusDays(300).toString());
        click("#obligation-declare");
        see(fr("firmui.obligation.declared"));
        assertThat(gridRows("#firm-obligations")).anySatisfy(r -> assertThat(r).startsWith(contract + "|120|"));
        click("#firm-publish-fulfilment label");
        see(fr("firmui.transparency.saved"));
        screenshot("entreprise-obligation");
    }

    private void studentRegistersTakesThePrivacyCourseAndSetsAvailability() throws Exception {
        registerThroughTheForm(studentEmail, "Léa Bergeron", STUDENT_PASSWORD, 3, null);
        see(fr("home.VOLUNTEER.title"));
        browser.open("/formation/cours/" + TrainingRecords.PRIVACY_COURSE);
        takeTheCourse(TrainingRecords.PRIVACY_COURSE, "cours-vie-privee");

        browser.open("/volunteer");
        browser.find("#volunteer-form");
        browser.choose("#institution", "Université de Sherbrooke");
        type("#programme", "Baccalauréat en informatique de gestion");
        browser.select("#level", fr("studyLevel.BACHELOR"));
        click("#languages vaadin-checkbox label");
        browser.choose("#region", REGION_LABEL);
        browser.choose(".skill-choice", "Tableaux de bord Power BI");
        type(".window-label", "Session d’hiver");
        browser.date(".window-from", today().minusDays(1).toString());
        browser.date(".window-to", today().plusDays(200).toString());
        type(".window-hours", "8");
        click("#consent label");
        click("#volunteer-save");
        see(fr("volunteer.saved"));
        screenshot("benevole-profil");
    }

    private void coordinatorRunsMatchingReadsTheReasonsAndApproves() throws Exception {
        // A run an earlier test left going would hold the lock: wait for it to end.
        signIn(coordinatorPerson());
        noRunInProgress();
        signOut();
        signInBrowser(coordinatorEmail, TestAccounts.PASSWORD);
        browser.open("/coordination/matching");
        browser.find("#matching-runs-view");
        browser.select("#matching-scope", fr("matchingRun.scope.region"));
        browser.select("#matching-region", REGION_LABEL);
        type("#matching-seconds", "3");
        click("#matching-start");
        see(fr("matchingRun.started"));
        see(fr("matchingRun.breakdown"), 120);
        browser.waitForVaadin();
        assertThat(textOf("#matching-summary")).contains(projectTitle);
        screenshot("jumelage-resultat");

        click("#matching-review-link");
        browser.find("#match-review-view .match-card");
        browser.waitForVaadin();
        List<String> cards = cardsOf(projectTitle);
        assertThat(cards).as("one proposal per seat of the project").hasSize(2);
        String firmCard = cards.stream().filter(id -> textOf("#" + id).contains(firmName)).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal of " + firmName + ": " + textOf("#match-review-view")));
        String studentCard = cards.stream().filter(id -> textOf("#" + id).contains("Léa Bergeron")).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal of the student: " + textOf("#match-review-view")));
        // The explanations say why each was proposed.
        assertThat(textOf("#" + firmCard)).contains("Intégrateur WordPress", "Sites WordPress");
        assertThat(textOf("#" + studentCard)).contains("Analyste Power BI", "Tableaux de bord Power BI");
        assertThat(browser.findAll("#" + firmCard + " .match-reasons li")).isNotEmpty();
        screenshot("jumelage-revision");
        for (String card : List.of(firmCard, studentCard)) {
            click("#" + card + " .match-approve");
            browser.waitUpTo(Duration.ofSeconds(20))
                    .until(d -> textOf("#" + card).contains(fr("matchStatus.OFFERED")));
        }
    }

    private void providersAcceptFromTheMailedLinksAndTheOsblInMyOffers() {
        acceptFromTheMail(firmEmail, FIRM_PASSWORD, true, "offre-entreprise");
        acceptFromTheMail(studentEmail, STUDENT_PASSWORD, false, null);

        signInBrowser(osblEmail, OSBL_PASSWORD);
        browser.open("/offers");
        browser.find(".offer-accept");
        screenshot("offres-organisme");
        while (!browser.findAll(".offer-accept").isEmpty()) {
            int before = browser.findAll(".offer-accept").size();
            click(".offer-accept");
            browser.waitUpTo(Duration.ofSeconds(20))
                    .until(d -> browser.findAll(".offer-accept").size() < before);
        }
        assertThat(textOf("#offers-list")).contains(fr("matchStatus.ACCEPTED"));
    }

    private void osblStartsTheWork() {
        browser.open(projectPath);
        see(fr("projectStatus.MATCHED"));
        click("#project-action-start");
        see(fr("projectStatus.IN_PROGRESS"));
    }

    private void firmAndStudentLogHours() {
        signInBrowser(firmEmail, FIRM_PASSWORD);
        browser.open("/firm");
        browser.find("#hours-form");
        browser.date("#hours-day", today().toString());
        type("#hours-hours", "12");
        write("#hours-description", "Refonte des pages de services");
        click("#hours-log");
        see(fr("hours.log.done"));
        assertThat(gridRows("#firm-balances")).contains(contract + "|120|30|12|0|90|0");
        screenshot("heures-entreprise");

        signInBrowser(studentEmail, STUDENT_PASSWORD);
        browser.open("/volunteer");
        browser.find("#hours-form");
        browser.date("#hours-day", today().toString());
        type("#hours-hours", "8");
        write("#hours-description", "Premier tableau des repas servis");
        click("#hours-log");
        see(fr("hours.log.done"));
    }

    private void osblConfirmsTheHoursAndCompletesTheProject() {
        signInBrowser(osblEmail, OSBL_PASSWORD);
        browser.open("/organisation/hours");
        browser.find("#organisation-hours");
        assertThat(gridRows("#organisation-hours")).hasSize(2)
                .anySatisfy(r -> assertThat(r).contains(firmName, "|12|", "Refonte des pages de services"))
                .anySatisfy(r -> assertThat(r).contains(projectTitle, "|8|", "Premier tableau des repas servis"));
        screenshot("heures-confirmation");
        // A grid may keep rows it no longer shows: count and click only the buttons a person sees.
        while (shownCount(".hours-confirm") > 0) {
            long before = shownCount(".hours-confirm");
            browser.js("const b = [...document.querySelectorAll('.hours-confirm')].find(e => e.checkVisibility());"
                    + " b.scrollIntoView({block: 'center'}); b.click();");
            browser.waitForVaadin();
            browser.waitUpTo(Duration.ofSeconds(20))
                    .until(d -> shownCount(".hours-confirm") < before);
        }
        see(fr("osblhours.empty"));

        browser.open(projectPath);
        click("#project-action-complete");
        see(fr("projectStatus.COMPLETED"));
        screenshot("projet-termine");
    }

    private void osblFillsTheEvaluation() {
        MimeMessage invitation = Mailbox.awaitContaining(osblEmail, "/evaluations/", Duration.ofSeconds(30));
        URI uri = URI.create(Mailbox.link(invitation, "/evaluations/"));
        browser.open(uri.getRawPath());
        browser.find("#survey-form");
        see(projectTitle);
        pick("#objectives vaadin-radio-button", "5");
        type("#hoursFreedPerMonth", "10");
        pick("#jobsEffect vaadin-radio-button", fr("evaluation.jobs.REALLOCATED"));
        type("#beneficiariesChange", "15");
        write("#hoursNowUsedFor", "L’accueil des familles le samedi.");
        write("#skillsGained", "Mettre le site à jour et lire le tableau de bord.");
        pick("#satisfaction vaadin-radio-button", "5");
        screenshot("evaluation");
        click("#evaluation-submit");
        browser.find("#evaluation-thanks");
        see(fr("evaluation.thanks"));
    }

    private void dashboardsShowTheDeliveredHours() {
        // The OSBL's own dashboard: the 20 confirmed hours of its project.
        browser.open("/organisation/tableau-de-bord");
        see(fr("dashboard.organisation.title"));
        chartsDrawn();
        assertThat(tableRows("#organisation-outcomes-table"))
                .contains(fr("dashboard.key.confirmed") + "|20");
        screenshot("tableau-organisme");

        signInBrowser(firmEmail, FIRM_PASSWORD);
        browser.open("/firm/tableau-de-bord");
        see(fr("dashboard.firm.title"));
        chartsDrawn();
        assertThat(tableRows("#firm-progress-table")).contains(contract + "|120|30|12|12|90");
        screenshot("tableau-entreprise");

        signInBrowser(coordinatorEmail, TestAccounts.PASSWORD);
        browser.open("/coordination/tableau-de-bord");
        see(fr("dashboard.coordinator.title"));
        chartsDrawn();
        // The region's row holds this journey's hours only: no other test works in it.
        assertThat(tableRows("#coordinator-regions-table")).contains(REGION_LABEL + "|50|20|20");
        assertThat(tableRows("#coordinator-firms-table")).contains(firmName + "|120|30|12|12");
        screenshot("tableau-coordination");
    }

    private void publicPageShowsTheDeliveredHours(long before) {
        asVisitor();
        browser.open("/transparence");
        see(fr("transparency.hoursDelivered"));
        chartsDrawn();
        assertThat(publicHoursDeliveredOnPage()).isGreaterThanOrEqualTo(before + 20);
        assertThat(tableRows("#transparency-firms-table")).anySatisfy(r -> assertThat(r).startsWith(firmName + "|120|12|"));
        assertThat(String.valueOf(browser.js("return document.body.innerText"))).doesNotContain(osblEmail, "Nadia Ouellet", "Léa Bergeron", organisationName);
        screenshot("transparence");
    }

    private void firmDownloadsTheComplianceReportWhichTheVerifierConfirms() throws IOException {
        signInBrowser(firmEmail, FIRM_PASSWORD);
        browser.open("/firm/report");
        browser.find("#report-obligations");
        see(projectTitle);
        assertThat(browser.text("#report-obligations")).contains(contract);
        screenshot("rapport-conformite");

        Download pdf = download("#report-pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf.bytes());
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        reader.close();
        assertThat(text).contains(firmName);
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).as("a verification code in the PDF: " + text).isTrue();
        String code = m.group();

        // Whoever holds the PDF, not signed in.
        asVisitor();
        browser.open("/verifier/" + code);
        browser.find("#verify-confirmed");
        assertThat(browser.text("#verify-facts")).contains(firmName, "Heures dues\n120", "Heures confirmées\n12", code);
        screenshot("verification-document");
    }

    // --- the English pass --------------------------------------------------------------------

    private void theMainScreensInEnglish() {
        signInBrowser(osblEmail, OSBL_PASSWORD);
        browser.open("/");
        click("#language-switch");
        see(en("home.OSBL_MEMBER.title"));
        screenshot("en-osbl-home");
        browser.open(projectPath);
        see(en("projectStatus.COMPLETED"));
        browser.open("/organisation/tableau-de-bord");
        see(en("dashboard.organisation.title"));
        assertThat(tableRows("#organisation-outcomes-table")).contains(en("dashboard.key.confirmed") + "|20");
        screenshot("en-organisation-dashboard");

        signInBrowser(firmEmail, FIRM_PASSWORD);
        browser.open("/");
        click("#language-switch");
        see(en("home.FIRM_MEMBER.title"));
        browser.open("/firm");
        see(en("firmui.banner.VERIFIED"));
        assertThat(gridRows("#firm-balances")).contains(contract + "|120|30|12|12|90|0");
        screenshot("en-firm");
        browser.open("/firm/report");
        see(en("report.title"));
        see(projectTitle);

        signInBrowser(studentEmail, STUDENT_PASSWORD);
        browser.open("/");
        click("#language-switch");
        see(en("home.VOLUNTEER.title"));
        browser.open("/volunteer");
        see(en("volunteer.title"));
        screenshot("en-volunteer");

        signInBrowser(coordinatorEmail, TestAccounts.PASSWORD);
        browser.open("/");
        click("#language-switch");
        see(en("home.COORDINATOR.title"));
        browser.open("/coordination/matching");
        browser.find("#matching-runs-view");
        see(en("matchingRun.breakdown"));
        browser.open("/coordination/tableau-de-bord");
        see(en("dashboard.coordinator.title"));
        chartsDrawn();
        assertThat(tableRows("#coordinator-regions-table")).anySatisfy(r -> assertThat(r).startsWith(REGION_LABEL + "|"));
        screenshot("en-coordination-dashboard");

        asVisitor();
        browser.open("/transparence");
        click("#language-switch");
        see(en("transparency.hoursDelivered"));
        chartsDrawn();
        assertThat(tableRows("#transparency-firms-table")).anySatisfy(r -> assertThat(r).startsWith(firmName + "|120|12|"));
        screenshot("en-transparency");
    }

    // --- steps shared by several people -------------------------------------------------------

    /** Opens an account through the form (account type by its position), then follows the e-mailed link and signs in. */
    private void registerThroughTheForm(String email, String name, String password, int accountType, String shotName) {
        browser = browserOf(email);
        browser.open("/login").click("#register-link a");
        browser.find("#register-view");
        browser.type("#email", email).type("#displayName", name).type("#password", password).type("#confirm", password);
        browser.find("#accountType vaadin-radio-button:nth-of-type(" + accountType + ") input").click();
        browser.find("#consents vaadin-checkbox:nth-of-type(1) input").click();
        browser.find("#consents vaadin-checkbox:nth-of-type(2) input").click();
        if (shotName != null) {
            screenshot(shotName.replaceFirst("^\\d+-", ""));
        }
        click("#register-submit");
        see(fr("register.done").replace("{0}", email).substring(0, 40));

        String link = Mailbox.link(Mailbox.awaitContaining(email, "/account/verify", Duration.ofSeconds(30)),
                "/account/verify");
        browser.open(link.replaceFirst("^https?://[^/]+", "http://localhost:" + port));
        see(fr("login.verified"));
        signInOnLoginPage(email, password);
        browser.find("#home-title");
        browser.waitForVaadin();
    }

    /**
     * Opens the offer from the e-mailed link and accepts it: in the person's browser, already signed
     * in, or in another one (a phone, say), signing in on the way.
     */
    private void acceptFromTheMail(String email, String password, boolean signedIn, String shotName) {
        String link = Mailbox.link(Mailbox.awaitContaining(email, "/offers/answer?token=", Duration.ofSeconds(30)),
                "/offers/answer?token=");
        URI uri = URI.create(link);
        if (signedIn) {
            browser = browserOf(email);
            browser.open(uri.getRawPath() + "?" + uri.getRawQuery());
        } else {
            browser = browserOf(email + "#phone");
            browser.open(uri.getRawPath() + "?" + uri.getRawQuery());
            signInOnLoginPage(email, password);
        }
        browser.find(".offer-accept");
        assertThat(textOf("main")).contains(projectTitle);
        click(".offer-accept");
        see(fr("offers.providerAnswer").replace("{0}", fr("offers.answer.accepted")));
        if (shotName != null) {
            screenshot(shotName);
        }
    }

    /** Enrols if need be and works through every lesson and quiz until the course is completed. */
    private void takeTheCourse(String code, String shotName) throws Exception {
        // The test knows the right answers, as a person who studied would.
        signIn(coordinatorPerson());
        CourseContent course = learning.course(code).course().content();
        signOut();

        browser.find("#course-page");
        if (!browser.findAll("#enrol").isEmpty() && browser.find("#enrol").isDisplayed()) {
            click("#enrol");
        }
        boolean first = true;
        while (browser.findAll("#course-completed").isEmpty()) {
            click("#resume");
            while (browser.findAll("#quiz-view").isEmpty()) {
                browser.find("#lesson-body");
                if (first) {
                    screenshot(shotName + "-lecon");
                    first = false;
                }
                String before = browser.path();
                click("#lesson-done");
                browser.waitUpTo(Duration.ofSeconds(20)).until(d -> !browser.path().equals(before));
                browser.waitForVaadin();
            }
            String moduleKey = browser.path().replaceFirst(".*/quiz/", "");
            CourseModule module = course.modules().stream().filter(m -> m.key().equals(moduleKey)).findFirst()
                    .orElseThrow(() -> new AssertionError("no module " + moduleKey + " in " + code));
            browser.find("#quiz-submit");
            for (Question q : module.quiz().questions()) {
                String tag = q.multiple() ? "vaadin-checkbox" : "vaadin-radio-button";
                for (Choice c : q.choices()) {
                    if (c.correct()) {
                        pick("#question-" + q.key() + " " + tag, c.text().fr());
                    }
                }
            }
            click("#quiz-submit");
            browser.find("#quiz-verdict");
            see("100 %");
            screenshot(shotName + "-quiz-" + moduleKey);
            browser.open("/formation/cours/" + code);
            browser.find("#course-page");
        }
        see(fr("training.completed"));
    }

    private void seat(int number, String role, int hours, String providerKind, String skill) {
        String seat = "#seat-" + number;
        browser.find(seat);
        type(seat + " .seat-role", role);
        type(seat + " .seat-hours", String.valueOf(hours));
        browser.select(seat + " .seat-provider", providerKind);
        click(seat + " .seat-remote label");
        browser.select(seat + " .seat-region", REGION_LABEL);
        browser.choose(seat + " .skill-choice", skill);
    }

    /**
     * Clicks the one button of a lazily searched grid once the row of this journey shows; the lazy
     * search may redraw the row once more after typing, so the click is repeated until the dialog opens.
     */
    private void openTheOnlyRow(String gridCss, String rowText, String dialogField) {
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> {
            browser.js("const grid = document.querySelector(arguments[0]);"
                    + " const shown = [...grid.querySelectorAll('vaadin-button')].filter(b => b.checkVisibility());"
                    + " const ours = [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                    + ".some(c => c.checkVisibility() && c.textContent.includes(arguments[1]));"
                    + " if (shown.length === 1 && ours) { shown[0].click(); }", gridCss, rowText);
            browser.waitForVaadin();
            return !browser.findAll(dialogField).isEmpty();
        });
    }

    /** Picks an item of a multi-select combo box by its label and closes the list. */
    private void chooseMany(String comboCss, String label) {
        WebElement input = browser.find(comboCss + " input");
        input.sendKeys(label);
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> {
            for (WebElement item : d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item, vaadin-combo-box-item"))) {
                if (item.isDisplayed() && item.getText().trim().equals(label)) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
        input.sendKeys(Keys.ESCAPE);
        browser.waitForVaadin();
    }

    private Person coordinatorPerson() {
        return new Person(coordinatorEmail, testAccounts.idOf(coordinatorEmail));
    }

    // --- reading the pages --------------------------------------------------------------------

    /**
     * Goes on in this person's own browser, as people do: each signs in once, in a browser of their
     * own, and finds their session there when they come back to it.
     */
    private void signInBrowser(String email, String password) {
        boolean first = !browsers.containsKey(email);
        browser = browserOf(email);
        if (first) {
            browser.open("/login");
            signInOnLoginPage(email, password);
            browser.find("#home-title");
            browser.waitForVaadin();
        }
    }

    /** A visitor's browser: nobody signs in there. */
    private void asVisitor() {
        browser = browserOf("");
    }

    private Browser browserOf(String key) {
        return browsers.computeIfAbsent(key, k -> new Browser(port));
    }

    private void signInOnLoginPage(String email, String password) {
        type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys(password, Keys.ENTER);
        browser.waitForVaadin();
    }

    /** The public page's figure of hours delivered, read as a visitor. */
    private long publicHoursDelivered() {
        asVisitor();
        browser.open("/transparence");
        see(fr("transparency.hoursDelivered"));
        return publicHoursDeliveredOnPage();
    }

    private long publicHoursDeliveredOnPage() {
        String label = fr("transparency.hoursDelivered") + "|";
        String row = tableRows("#transparency-key-table").stream().filter(r -> r.startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no hours delivered on " + tableRows("#transparency-key-table")));
        return Long.parseLong(row.substring(label.length()).replaceAll("[^0-9]", ""));
    }

    /**
     * Waits until the page shows the text anywhere, scrolled into view or not (the browser's visible
     * text leaves out what a long form has scrolled away; hidden elements stay out either way).
     */
    private void see(String text) {
        see(text, 30);
    }

    private void see(String text, int seconds) {
        String script = "return document.body.innerText";
        try {
            browser.waitUpTo(Duration.ofSeconds(seconds))
                    .until(d -> String.valueOf(browser.js(script)).contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Page " + browser.driver().getCurrentUrl() + " never showed \"" + text
                    + "\"; it shows:\n" + browser.js(script), e);
        }
    }

    /** Waits until every canvas of the page holds a chart. */
    private void chartsDrawn() {
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(browser.js(
                "const canvases = [...document.querySelectorAll('canvas')];"
                        + " return canvases.length > 0 && !!window.Chart"
                        + " && canvases.every(c => window.Chart.getChart(c) !== undefined);")));
    }

    /** The ids of the review cards of this project. */
    private List<String> cardsOf(String title) {
        return browser.findAll(".match-card").stream()
                .filter(c -> c.getAttribute("textContent").contains(title)).map(c -> c.getAttribute("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> gridRows(String gridCss) {
        browser.waitForVaadin();
        return (List<String>) browser.js(GRID_ROWS, gridCss);
    }

    @SuppressWarnings("unchecked")
    private List<String> tableRows(String css) {
        browser.waitForVaadin();
        return (List<String>) browser.js(TABLE_ROWS, css);
    }

    /** Text of an element from the document (the browser leaves what is scrolled away out of its visible text). */
    private String textOf(String css) {
        return String.valueOf(browser.js("const e = document.querySelector(arguments[0]);"
                + " return e ? e.textContent : '';", css));
    }

    /** Clicks the choice of a group whose label is this text. */
    private void pick(String itemsCss, String label) {
        browser.find(itemsCss);
        WebElement item = browser.findAll(itemsCss).stream().filter(e -> e.getText().strip().equals(label.strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no choice " + label + " in " + itemsCss));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", item);
        item.click();
        browser.waitForVaadin();
    }

    record Download(int status, String contentType, byte[] bytes) {
    }

    /** Fetches a download link's target in the page, with the page's session cookie, as a click would. */
    private Download download(String anchorCss) {
        browser.find(anchorCss);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.js(
                "const href = document.querySelector(arguments[0]).href;"
                        + " return fetch(href, {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => {"
                        + " const a = new Uint8Array(b); let s = '';"
                        + " for (let i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); }"
                        + " return {status: r.status, type: r.headers.get('content-type') || '', body: btoa(s)}; }));",
                anchorCss);
        return new Download(((Number) result.get("status")).intValue(), (String) result.get("type"),
                Base64.getDecoder().decode((String) result.get("body")));
    }

    /**
     * Clicks an element once scrolled into view: the browser counts what a long page has scrolled
     * away inside the layout as not shown, and would refuse to click it.
     */
    private void click(String css) {
        browser.js("arguments[0].scrollIntoView({block: 'center'})", browser.find(css));
        browser.click(css);
    }

    private void type(String css, String text) {
        browser.js("arguments[0].scrollIntoView({block: 'center'})", browser.find(css));
        browser.type(css, text);
    }

    private void write(String css, String text) {
        browser.js("arguments[0].scrollIntoView({block: 'center'})", browser.find(css));
        browser.write(css, text);
    }

    /** How many elements matching the selector the page shows. */
    private long shownCount(String css) {
        return ((Number) browser.js("return [...document.querySelectorAll(arguments[0])]"
                + ".filter(e => e.checkVisibility()).length;", css)).longValue();
    }

    /** A numbered screenshot of the page as it is now. */
    private void screenshot(String name) {
        browser.waitForVaadin();
        browser.screenshot(String.format("%02d-%s", ++shot, name));
    }

    private static String fr(String key) {
        return translation(Locale.FRENCH, key);
    }

    private static String en(String key) {
        return translation(Locale.ENGLISH, key);
    }

    private static String translation(Locale locale, String key) {
        try {
            Properties properties = TranslationsTestAccess.load(locale);
            String text = properties.getProperty(key);
            if (text == null) {
                throw new AssertionError("no translation " + key + " in " + locale);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
