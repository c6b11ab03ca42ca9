package org.jumelage.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.privacy.AuditLogExport;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditEntry;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.audit.AuditTrail.Actor;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.AuditEntries;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

/** The audit log view's filters and CSV with Karibu, against the real services and database. */
class AuditLogViewTest extends IntegrationTestBase {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditLogExport export;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationContext context;
    @Autowired
    MongoTemplate mongo;

    String adminId;
    String target;
    AuditLogView view;

    @BeforeEach
    void administratorOpensTheView() {
        String email = accounts.create(Role.ADMIN, Languages.FRENCH, "Adèle Administratrice");
        adminId = accounts.idOf(email);
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), context, UI::new));
        UI.getCurrent().setLocale(Languages.FRENCH);
        target = "cible-" + UUID.randomUUID();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Three entries on the target: a refused sign-in, then a day later a role change, then a second later an anonymisation. */
    private void threeEntries() {
        audit.record(Actor.ANONYMOUS, AuditAction.SIGN_IN_FAILED, AuditTarget.SIGN_IN_ADDRESS, target, null,
                "203.0.113.7");
        clock.advance(Duration.ofDays(1));
        audit.record(AuditAction.ROLES_CHANGED, AuditTarget.ACCOUNT, target, "=COORDINATOR");
        clock.advance(Duration.ofSeconds(1));
        audit.record(Actor.SYSTEM, AuditAction.ACCOUNT_ANONYMISED, AuditTarget.ACCOUNT, target, null, null);
    }

    @Test
    void the_grid_lists_newest_first_and_narrows_by_target_action_actor_and_period() {
        threeEntries();
        view = new AuditLogView(audit, export);
        UI.getCurrent().add(view);

        view.target.setValue(target);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Plateforme", "Compte anonymisé", "Compte", target);
        assertThat(GridKt._getFormattedRow(view.grid, 1)).contains("Adèle Administratrice", "Rôles modifiés",
                "=COORDINATOR");
        assertThat(GridKt._getFormattedRow(view.grid, 2)).contains("Visiteur", "Connexion refusée",
                "Adresse saisie à la connexion", "203.0.113.7");

        view.action.setValue(AuditAction.ROLES_CHANGED);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.action.clear();

        view.actor.setValue("adele");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.actor.clear();

        LocalDate today = LocalDate.now(clock.withZone(AuditLogExport.ZONE));
        view.from.setValue(today);
        view.to.setValue(today);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        view.from.setValue(today.minusDays(1));
        view.to.setValue(today.minusDays(1));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        view.to.setValue(today.minusDays(3));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("La date de fin précède la date de début.");
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void the_csv_holds_the_filtered_rows_in_french_and_the_export_is_itself_recorded() {
        threeEntries();
        view = new AuditLogView(audit, export);
        UI.getCurrent().add(view);
        view.target.setValue(target);
        view.action.setValue(AuditAction.ROLES_CHANGED);

        String csv = new String(view.csv(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFMoment;Identifiant de l’auteur;Auteur;Action;Type de cible;Cible");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(";" + adminId + ";Adèle Administratrice;Rôles modifiés;Compte;" + target
                + ";'=COORDINATOR;");

        view.action.clear();
        assertThat(new String(view.csv(), StandardCharsets.UTF_8).lines()).hasSize(4);

        List<AuditEntry> exports = new AuditEntries(mongo).of(AuditAction.AUDIT_LOG_EXPORTED, "audit-log").stream()
                .filter(e -> e.actorId().equals(adminId)).toList();
        assertThat(exports).extracting(AuditEntry::detail).containsExactly("1 rows, ROLES_CHANGED", "3 rows");
    }

    @Test
    void in_english_the_csv_uses_commas_and_english_labels() {
        threeEntries();
        UI.getCurrent().setLocale(Languages.ENGLISH);
        view = new AuditLogView(audit, export);
        UI.getCurrent().add(view);
        view.target.setValue(target);
        view.action.setValue(AuditAction.SIGN_IN_FAILED);

        List<String> lines = new String(view.csv(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFTime,Actor id,Actor,Action,Target kind,Target,Detail,Client address");
        assertThat(lines.get(1)).endsWith(",anonymous,Visitor,Sign-in refused,Address typed at sign-in," + target
                + ",,203.0.113.7");
    }
}
