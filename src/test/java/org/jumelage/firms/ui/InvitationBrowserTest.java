package org.jumelage.firms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.organisations.OrganisationDetails;
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
 * The link of an invitation e-mail in a real browser, for an organisation and for a firm: a visitor
 * reads who invites them where and is asked to sign in; the sign-in step leads to the login page and
 * back to the invitation, where one click joins and opens the joined organisation or firm. axe-core
 * finds no serious or critical problem on either page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationBrowserTest extends FirmsTestSupport {

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
    void an_invitee_signs_in_from_the_organisation_invitation_and_joins() {
        String marker = "Organisme " + System.nanoTime();
        OrganisationDetails organisation = registered(person(Role.OSBL_MEMBER, Locale.FRENCH, "Camille"), marker);
        Person jordan = person(Role.OSBL_MEMBER, Locale.FRENCH, "Jordan");
        String token = invited(organisation, jordan);
        signOut();

        joinThroughTheLink("/invitations/accept?token=" + token, "invitation", jordan, marker);
        browser.find("#organisation-view");
        signIn(jordan);
        assertThat(service.get(organisation.id()).memberIds()).contains(jordan.id());
    }

    @Test
    void an_invitee_signs_in_from_the_firm_invitation_and_joins() {
        FirmDetails firm = firmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex"), "Firme invitante");
        Person jordan = person(Role.FIRM_MEMBER, Locale.FRENCH, "Jordan");
        String token = invitedToFirm(firm, jordan);
        signOut();

        joinThroughTheLink("/firm-invitations/accept?token=" + token, "firm-invitation", jordan, firm.profile().name());
        browser.find("#firm-view");
        assertThat(firmDirectory.ofMember(jordan.id())).isPresent();
    }

    private void joinThroughTheLink(String path, String ids, Person invitee, String holderName) {
        browser.driver().manage().deleteAllCookies();
        browser.open(path);
        browser.find("#" + ids + "-accept-view");
        browser.waitForText(holderName);
        assertThat(browser.text("#" + ids + "-summary")).contains("vous invite à rejoindre", holderName,
                invitee.email());
        assertThat(browser.findAll("#" + ids + "-accept")).allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
        Accessibility.assertNoSeriousViolations(browser.driver(), ids + "-accept-page");

        browser.click("#" + ids + "-sign-in");
        browser.type("#vaadinLoginUsername", invitee.email());
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.find("#" + ids + "-accept");
        browser.waitForText(holderName);
        browser.click("#" + ids + "-accept");
    }
}
