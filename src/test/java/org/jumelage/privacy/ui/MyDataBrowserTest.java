package org.jumelage.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.Role;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Accessibility;
import org.jumelage.support.Browser;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * "Mes données" in a real browser: a signed-in person downloads their data as a JSON file (fetched
 * through the page's link with the page's session), and the anonymisation asks for the password,
 * refuses a wrong one next to the field and keeps the account. axe finds no serious problem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyDataBrowserTest extends IntegrationTestBase {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AccountService accounts;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
        browser.openFirst("/login");
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void a_person_downloads_their_data_and_a_wrong_password_anonymises_nothing() throws Exception {
        String email = testAccounts.create(Role.VOLUNTEER, Languages.FRENCH, "Maude Lévesque");
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.type("#vaadinLoginUsername", email);
        browser.find("#vaadinLoginPassword input").sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        browser.find("#home-title");
        browser.waitForVaadin();

        browser.open("/mes-donnees");
        browser.find("#my-data-view");
        browser.waitForText("Télécharger toutes mes données (JSON)");
        Accessibility.assertNoSeriousViolations(browser.driver(), "my-data");

        Download file = download("#my-data-download");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/json");
        JsonNode json = new ObjectMapper().readTree(new String(file.bytes(), StandardCharsets.UTF_8));
        assertThat(json.path("person").path("email").asText()).isEqualTo(email);
        assertThat(json.path("person").path("displayName").asText()).isEqualTo("Maude Lévesque");
        assertThat(json.path("person").path("id").asText()).isEqualTo(testAccounts.idOf(email));
        assertThat(json.path("privacyPolicyVersion").isNumber()).isTrue();
        assertThat(json.path("data").isObject()).isTrue();

        // Without the session the link gives nothing away.
        String href = browser.find("#my-data-download").getAttribute("href");
        java.net.http.HttpResponse<String> anonymous = new org.jumelage.support.WebClient(port).get(href);
        assertThat(anonymous.body()).doesNotContain(email);

        browser.click("#erasure vaadin-details-summary");
        browser.find("#erasure-password");
        browser.waitForText("Votre mot de passe, pour confirmer");
        browser.type("#erasure-password", "pas le bon mot de passe");
        browser.click("#erasure-confirm");
        browser.waitForText("Ce mot de passe n’est pas le bon : votre compte n’a pas été anonymisé.");
        assertThat(browser.find("#erasure-password").getAttribute("invalid")).isNotNull();
        assertThat(browser.path()).isEqualTo("/mes-donnees");
        browser.screenshot("mes-donnees-refus-fr");
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(
                a -> assertThat(a.displayName()).isEqualTo("Maude Lévesque"));
    }

    record Download(int status, String contentType, byte[] bytes) {
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
                        + " return {status: r.status, type: r.headers.get('content-type') || '', body: btoa(s)}; }));",
                anchorCss);
        return new Download(((Number) result.get("status")).intValue(), (String) result.get("type"),
                Base64.getDecoder().decode((String) result.get("body")));
    }
}
