package org.jumelage.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.privacy.AuditLogExport;
import org.jumelage.privacy.Erasure;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditEntry;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.AuditEntries;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.jumelage.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

/**
 * After a person erases their account, the audit log keeps every entry about them, under the
 * pseudonym: neither the administrators' view nor its CSV shows their name or e-mail address any more,
 * and neither the name nor the address finds the entries.
 */
class AuditLogErasureTest extends IntegrationTestBase {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Erasure erasure;
    @Autowired
    AuditTrail audit;
    @Autowired
    AuditLogExport export;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationContext context;
    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private Authentication signIn(String email) {
        var principal = userDetails.loadUserByUsername(email);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    @Test
    void after_erasure_the_view_and_the_csv_show_the_entries_under_the_pseudonym_and_never_the_name_or_address() {
        // A surname no other test uses, so that searching the whole log for it means something.
        String surname = "Ouellet" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String name = "Félix " + surname;
        String email = accounts.create(Role.VOLUNTEER, Languages.FRENCH, name);
        String id = accounts.idOf(email);
        WebClient web = new WebClient(port);
        assertThat(WebClient.location(web.login(email, "pas le bon mot de passe"))).isEqualTo("/login?error");
        assertThat(WebClient.location(new WebClient(port).login(email, TestAccounts.PASSWORD))).isEqualTo("/");

        Authentication session = signIn(email);
        String pseudonym = erasure.anonymiseMe(TestAccounts.PASSWORD);
        // The session, still holding the name it signed in with, ends after the erasure.
        context.publishEvent(new LogoutSuccessEvent(session));

        AuditEntries entries = new AuditEntries(mongo);
        assertThat(entries.on(id)).extracting(AuditEntry::action).containsExactlyInAnyOrder(AuditAction.SIGN_IN_SUCCEEDED,
                AuditAction.ACCOUNT_ANONYMISED, AuditAction.SIGNED_OUT);
        assertThat(entries.on(id)).allSatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(id);
            assertThat(e.actorName()).isEqualTo(pseudonym);
        });
        assertThat(entries.of(AuditAction.SIGN_IN_FAILED, pseudonym)).as("the failed sign-in, by the typed address")
                .hasSize(1);
        assertThat(entries.of(AuditAction.SIGN_IN_FAILED, email.toLowerCase(Locale.ROOT))).isEmpty();

        signIn(accounts.create(Role.ADMIN, Languages.FRENCH, "Adèle Administratrice"));
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), context, UI::new));
        UI.getCurrent().setLocale(Languages.FRENCH);
        AuditLogView view = new AuditLogView(audit, export);
        UI.getCurrent().add(view);

        view.target.setValue(id);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        for (int row = 0; row < 3; row++) {
            assertThat(GridKt._getFormattedRow(view.grid, row)).contains(pseudonym).noneMatch(
                    cell -> cell.contains(surname) || cell.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT)));
        }
        view.target.setValue(pseudonym);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Connexion refusée", pseudonym);
        view.target.setValue(email);
        assertThat(GridKt._size(view.grid)).as("the address finds nothing").isZero();
        view.target.clear();
        view.actor.setValue(surname);
        assertThat(GridKt._size(view.grid)).as("the name finds nothing").isZero();
        view.actor.setValue(pseudonym);
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(3);
        view.actor.clear();

        // The whole log, as the administrator downloads it.
        String csv = new String(view.csv(), StandardCharsets.UTF_8);
        assertThat(csv).contains(pseudonym).doesNotContain(surname);
        assertThat(csv.toLowerCase(Locale.ROOT)).doesNotContain(email.toLowerCase(Locale.ROOT));
        assertThat(csv.lines().filter(line -> line.contains(pseudonym))).as("rows under the pseudonym").hasSize(4);
    }
}
