package org.jumelage.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jumelage.accounts.Role;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;


/** The incident register: rules of an entry, completion with a stale version refused, access. */
class IncidentRegisterTest extends IntegrationTestBase {

    @Autowired
    IncidentRegister register;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserDetailsService userDetails;

    LocalDate today;

    @BeforeEach
    void coordinator() {
        signIn(accounts.create(Role.COORDINATOR, Languages.FRENCH, "Nadia Coordination"));
        today = LocalDate.now(clock.withZone(ZoneId.of("America/Toronto")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String email) {
        var principal = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private IncidentCommand lostLaptop(boolean risk, String assessment) {
        return new IncidentCommand(today.minusDays(3), today.minusDays(1), "Portable perdu dans le métro",
                "Noms et courriels de bénévoles", 42, risk, assessment, null, null, "Mots de passe changés");
    }

    @Test
    void an_entry_is_recorded_then_completed_and_a_stale_completion_is_refused() {
        IncidentView entered = register.record(lostLaptop(true, "Courriels exposés, hameçonnage possible"));
        assertThat(entered.notificationsPending()).isTrue();
        assertThat(entered.recordedBy()).isEqualTo("Nadia Coordination");

        IncidentCommand notified = new IncidentCommand(entered.occurredOn(), entered.discoveredOn(),
                entered.description(), entered.personalInformation(), 42, true, entered.riskAssessment(), today,
                today, entered.measures());
        IncidentView completed = register.update(entered.id(), notified, entered.version());
        assertThat(completed.notificationsPending()).isFalse();

        assertThatThrownBy(() -> register.update(entered.id(), lostLaptop(false, ""), entered.version()))
                .isInstanceOfSatisfying(IncidentException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("common.concurrentEdit"));
        assertThat(register.all()).filteredOn(i -> i.id().equals(entered.id())).singleElement()
                .satisfies(i -> assertThat(i.commissionNotifiedOn()).isEqualTo(today));
    }

    @Test
    void impossible_dates_and_a_missing_risk_assessment_are_refused_field_by_field_and_nothing_is_stored() {
        int before = register.all().size();
        IncidentCommand bad = new IncidentCommand(today, today.minusDays(2), "Courriel envoyé au mauvais OSBL",
                "Fiche d’un bénévole", 1, true, " ", today.minusDays(5), today.plusDays(1), "");

        assertThatThrownBy(() -> register.record(bad)).isInstanceOfSatisfying(IncidentException.class,
                e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("occurredOn", "incident.occurredOn.afterDiscovery")
                        .containsEntry("commissionNotifiedOn", "incident.notice.beforeDiscovery")
                        .containsEntry("personsNotifiedOn", "incident.date.future")
                        .containsEntry("riskAssessment", "incident.riskAssessment.required"));
        assertThatThrownBy(() -> register.record(new IncidentCommand(null, null, "", "", -1, false, null, null, null,
                null))).isInstanceOfSatisfying(IncidentException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsKeys("discoveredOn", "description", "personalInformation", "personsConcerned"));
        assertThat(register.all()).hasSize(before);
    }

    @Test
    void only_coordinators_see_or_write_the_register() {
        signIn(accounts.create(Role.OSBL_MEMBER, Languages.FRENCH, "Membre OSBL"));
        assertThatThrownBy(() -> register.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.record(lostLaptop(false, ""))).isInstanceOf(AccessDeniedException.class);
    }
}
