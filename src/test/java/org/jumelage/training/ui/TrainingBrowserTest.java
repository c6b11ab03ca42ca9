package org.jumelage.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectServiceTestAccess;
import org.jumelage.projects.ProjectView;
import org.jumelage.support.Accessibility;
import org.jumelage.support.Browser;
import org.jumelage.support.TestAccounts;
import org.jumelage.training.CourseContent;
import org.jumelage.training.CourseContent.Choice;
import org.jumelage.training.CourseContent.Question;
import org.jumelage.training.TrainingRecords;
import org.jumelage.training.TrainingTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * In a real browser: an OSBL member whose project is refused for want of the scoping course takes
 * the course, passes its quiz, downloads the certificate, the public page confirms it, and the
 * project can now be submitted. axe finds no serious or critical problem on the catalogue, lesson
 * and quiz views.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingBrowserTest extends TrainingTestSupport {

    private static final Pattern CODE = Pattern.compile("JUM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;

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
    void a_member_takes_the_scoping_course_gets_a_verified_certificate_and_can_then_submit() throws Exception {
        installStarterCourses();
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Sophie Cadrage");
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination Navigateur");
        OrganisationDetails organisation = registered(member, "Cadrage " + UUID.randomUUID());
        signIn(coordinator);
        review.verify(organisation.id(), organisation.version());
        signIn(member);
        ProjectView draft = projects.create(ProjectServiceTestAccess.complete("Projet après le cours"));
        CourseContent course = learning.course(TrainingRecords.SCOPING_COURSE).course().content();
        signOut();

        login(member.email());
        browser.open("/projects/edit/" + draft.id());
        submitFromEditor();
        browser.find("#scoping-course-link");
        browser.waitForText("Cadrer un projet pro bono");

        browser.open("/formation");
        browser.find("#course-list");
        browser.waitForText("Vie privée et cybersécurité sous la Loi 25");
        Accessibility.assertNoSeriousViolations(browser.driver(), "training catalogue");
        browser.click("[data-code='scoping-pro-bono'] a");
        browser.find("#enrol");
        browser.click("#enrol");
        browser.click("#resume");

        for (int i = 0; i < course.lessonCount(); i++) {
            browser.find("#lesson-body");
            browser.waitForText(course.lessons().toList().get(i).title().fr());
            if (i == 0) {
                assertThat(browser.text("#lesson-body")).contains("Un bon projet commence par un problème vécu").doesNotContain("<script");
                Accessibility.assertNoSeriousViolations(browser.driver(), "lesson");
            }
            browser.click("#lesson-done");
        }

        browser.find("#quiz-view");
        browser.find("#quiz-submit");
        Accessibility.assertNoSeriousViolations(browser.driver(), "quiz");
        for (Question q : course.modules().get(0).quiz().questions()) {
            String tag = q.multiple() ? "vaadin-checkbox" : "vaadin-radio-button";
            for (Choice c : q.choices()) {
                if (c.correct()) {
                    pick("#question-" + q.key() + " " + tag, c.text().fr());
                }
            }
        }
        browser.click("#quiz-submit");
        browser.find("#quiz-verdict");
        browser.waitForText("Réussi : 100 %");
        browser.waitForText("Oui : qui est touché, et ce que cela coûte.");
        Accessibility.assertNoSeriousViolations(browser.driver(), "quiz result");
        assertThat(browser.text("#quiz-result")).contains("Cours terminé");

        browser.open("/formation/cours/" + TrainingRecords.SCOPING_COURSE);
        browser.find("#course-completed");
        byte[] pdf = download("#certificate-pdf");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        reader.close();
        assertThat(text).contains("Sophie Cadrage", "Cadrer un projet pro bono");
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).isTrue();
        String code = m.group();

        browser.driver().manage().deleteAllCookies();
        browser.open("/verifier/" + code);
        browser.find("#verify-confirmed");
        assertThat(browser.text("#verify-facts")).contains("Sophie Cadrage", "Cadrer un projet pro bono",
                "Certificat de réussite");

        login(member.email());
        browser.open("/projects/edit/" + draft.id());
        submitFromEditor();
        browser.waitForText("Soumis");
        assertThat(browser.path()).startsWith("/project/");
    }

    /** The draft is complete: walk the editor's steps to the review and submit. */
    private void submitFromEditor() {
        browser.find("#project-editor");
        for (int step = 1; step < 5; step++) {
            browser.click("#step-next");
        }
        browser.waitForText("Tout est rempli");
        browser.click("#submit-project");
    }

    /** Clicks the choice of a group whose label is this text. */
    private void pick(String itemsCss, String label) {
        List<WebElement> items = browser.findAll(itemsCss);
        WebElement item = items.stream().filter(e -> e.getText().strip().equals(label.strip())).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + label + " in " + itemsCss));
        item.click();
    }

    private byte[] download(String anchorCss) {
        browser.find(anchorCss);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.js(
                "const href = document.querySelector(arguments[0]).href;"
                        + " return fetch(href, {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => {"
                        + " const a = new Uint8Array(b); let s = '';"
                        + " for (let i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); }"
                        + " return {status: r.status, body: btoa(s)}; }));",
                anchorCss);
        assertThat(((Number) result.get("status")).intValue()).isEqualTo(200);
        return Base64.getDecoder().decode((String) result.get("body"));
    }

    private void login(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.find("#main-nav");
        browser.waitForVaadin();
    }
}
