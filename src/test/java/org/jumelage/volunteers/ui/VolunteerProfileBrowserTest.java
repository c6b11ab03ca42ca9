package org.jumelage.volunteers.ui;

import static org.assertj.core.api.Assertions.assertThat;


import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Accessibility;
import org.jumelage.support.Browser;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.jumelage.volunteers.internal.VolunteerProfileRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;


/** A volunteer fills in their profile in a real browser, saves, reloads and finds it; axe finds no serious problem. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VolunteerProfileBrowserTest extends IntegrationTestBase {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    VolunteerProfileRepository profiles;

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
    void volunteer_fills_in_and_saves_the_profile_and_finds_it_after_a_reload_with_no_serious_accessibility_problem() {
        String email = testAccounts.create(Role.VOLUNTEER, Languages.FRENCH, "Rosalie Morin");
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.find("#home-title");
        browser.waitForVaadin();

        browser.open("/volunteer");
        browser.find("#volunteer-form");
        Accessibility.assertNoSeriousViolations(browser.driver(), "volunteer-profile-empty");

        browser.choose("#institution", "Université de Sherbrooke");
        browser.type("#programme", "Baccalauréat en génie informatique");
        browser.select("#level", "Baccalauréat");
        browser.click("#languages vaadin-checkbox");
        browser.choose("#region", "Estrie");
        browser.choose(".skill-choice", "Tableaux de bord Power BI");
        browser.type(".window-label", "Session d’hiver");
        browser.date(".window-from", "2027-01-11");
        browser.date(".window-to", "2027-04-30");
        browser.type(".window-hours", "8");
        browser.click("#consent");
        browser.click("#volunteer-save");
        browser.waitForText("Votre profil bénévole est enregistré.");

        browser.open("/volunteer");
        browser.find("#volunteer-form");
        assertThat(browser.js("return document.querySelector('#programme').value"))
                .isEqualTo("Baccalauréat en génie informatique");
        assertThat(browser.js("return document.querySelector('#institution input').value"))
                .isEqualTo("Université de Sherbrooke");
        assertThat(browser.js("return document.querySelector('.window-hours').value")).isEqualTo("8");
        assertThat(browser.js("return document.querySelector('#consent').checked")).isEqualTo(true);
        var saved = profiles.findByUserId(testAccounts.idOf(email)).orElseThrow().toDetails("", "");
        assertThat(saved.region()).isEqualTo(Region.ESTRIE);
        assertThat(saved.skills()).singleElement().satisfies(s -> {
            assertThat(s.skillCode()).isEqualTo("data.power-bi");
            assertThat(s.level()).isEqualTo(SkillLevel.WORKING);
        });
        assertThat(saved.windows()).singleElement().satisfies(w -> assertThat(w.hoursPerWeek()).isEqualTo(8));
        Accessibility.assertNoSeriousViolations(browser.driver(), "volunteer-profile-saved");
    }

}
