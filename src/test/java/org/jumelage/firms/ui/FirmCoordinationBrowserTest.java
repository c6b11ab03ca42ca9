package org.jumelage.firms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmStatus;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.ObligationView;
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
 * A coordinator in a real browser: finds a pending firm in the verification queue, rejects it
 * without a reason (refused next to the field), verifies it, then sees an obligation expiring soon.
 * axe-core finds no serious or critical problem on either view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirmCoordinationBrowserTest extends FirmsTestSupport {

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
    void a_coordinator_verifies_a_firm_from_the_queue_and_sees_obligations_expiring_soon() {
        String marker = "Navigateur" + System.nanoTime();
        FirmDetails pending = firmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex"), "Firme " + marker);
        FirmDetails verified = verifiedFirmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Bea"), "Firme Échéance");
        ObligationView soon = obligations.declare(verified.id(), obligation(120, today().minusDays(30),
                today().plusDays(20)));
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        signOut();

        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.type("#vaadinLoginUsername", coordinator.email());
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.find("#home-title");
        browser.waitForVaadin();

        browser.open("/coordination/firms");
        browser.find("#firms-grid");
        Accessibility.assertNoSeriousViolations(browser.driver(), "firm-verification-queue");
        browser.type("#firm-search", marker);
        browser.waitForText(pending.profile().name());
        // The search leaves one row; the lazy search may redraw it once more after typing, so the
        // click is repeated until the review dialog answers it.
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> {
            browser.js("const grid = document.querySelector('#firms-grid');"
                    + " const shown = [...grid.querySelectorAll('vaadin-button')].filter(b => b.checkVisibility());"
                    + " const ours = [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                    + ".some(c => c.checkVisibility() && c.textContent.includes(arguments[0]));"
                    + " if (shown.length === 1 && ours) { shown[0].click(); }", marker);
            browser.waitForVaadin();
            return !browser.findAll("#firm-review-reason").isEmpty();
        });
        browser.waitForText("Motif du refus");
        Accessibility.assertNoSeriousViolations(browser.driver(), "firm-review-dialog");
        browser.click("#firm-review-reject");
        browser.waitForText("Expliquez la raison du refus");
        browser.click("#firm-review-verify");
        browser.waitForText("Entreprise vérifiée. Ses membres en sont avisés par courriel.");
        signIn(coordinator);
        assertThat(firmReview.get(pending.id()).status()).isEqualTo(FirmStatus.VERIFIED);
        signOut();

        browser.open("/coordination/obligations");
        browser.find("#expiring-grid");
        browser.waitForText(soon.sourceReference());
        Accessibility.assertNoSeriousViolations(browser.driver(), "expiring-obligations");
        browser.select("#expiring-window", "30 jours");
        browser.waitForText(soon.sourceReference());
        assertThat(browser.bodyText()).contains("Obligations bientôt échues");
    }
}
