package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.projects.ProjectView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The hours ledger over the wire: allocation, logging by the provider, confirmation by the owning
 * OSBL, refusals with their messages, release on cancellation, idempotent retries.
 */
class HoursLedgerTest extends FirmsTestSupport {

    static Person coordinator;

    Person firmMember;
    Person osblMember;
    FirmDetails firm;
    ObligationView obligation;
    ProviderRef provider;
    ProjectView project;

    @BeforeEach
    void firmWithObligationAndProject() {
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        }
        firmMember = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        firm = verifiedFirmOf(firmMember, "Boréal");
        obligation = obligations.declare(firm.id(), obligation(100, today().minusDays(10), today().plusDays(200)));
        provider = ProviderRef.obligation(obligation.id());
        osblMember = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga");
        project = projectOf(osblMember);
    }

    private LedgerLine allocate(int hours) {
        signIn(coordinator);
        return ledger.allocate(provider, project.id(), "s1", hours, key());
    }

    @Test
    void hours_flow_from_allocation_to_confirmation_and_balances_follow() {
        allocate(40);
        signIn(firmMember);
        LedgerLine logged = ledger.log(provider, project.id(), "s1", today().minusDays(1), 12, "Nettoyage", key());
        ledger.log(provider, project.id(), "s1", today(), 8, "Tableau", key());
        signIn(osblMember);
        ledger.confirm(logged.id(), "Merci", key());

        signIn(firmMember);
        Balances b = ledger.balances(provider);
        assertThat(b).isEqualTo(new Balances(100, 40, 20, 20, 12, 0, 0, 60));
        assertThat(ledger.firmBalances(firm.id()).confirmed()).isEqualTo(12);
        assertThat(obligations.ofFirm(firm.id())).singleElement()
                .satisfies(o -> assertThat(o.balances().remaining()).isEqualTo(60));
        assertThat(ledger.lines(provider)).extracting(LedgerLine::type)
                .containsExactly(EntryType.ALLOCATED, EntryType.LOGGED, EntryType.LOGGED, EntryType.CONFIRMED);
    }

    @Test
    void the_owning_osbl_reads_the_lines_of_its_project_and_no_one_else_does() {
        allocate(10);
        signIn(firmMember);
        ledger.log(provider, project.id(), "s1", today(), 4, "Atelier", key());
        signIn(osblMember);
        assertThat(ledger.linesOfProject(project.id())).extracting(LedgerLine::type)
                .containsExactly(EntryType.ALLOCATED, EntryType.LOGGED);
        signIn(person(Role.OSBL_MEMBER, Locale.FRENCH, "Sans organisme"));
        assertThatThrownBy(() -> ledger.linesOfProject(project.id())).hasMessage("ledger.answer.notOwner");
    }

    @Test
    void a_dispute_needs_a_comment_and_removes_the_hours_from_delivered() {
        allocate(40);
        signIn(firmMember);
        LedgerLine logged = ledger.log(provider, project.id(), "s1", today(), 10, "Atelier", key());
        signIn(osblMember);
        assertThatThrownBy(() -> ledger.dispute(logged.id(), " ", key())).hasMessage("ledger.dispute.commentRequired");
        ledger.dispute(logged.id(), "Atelier annulé", key());
        assertThatThrownBy(() -> ledger.confirm(logged.id(), null, key())).hasMessage("ledger.answer.already");
        signIn(firmMember);
        assertThat(ledger.balances(provider).delivered()).isZero();
        assertThat(ledger.balances(provider).disputed()).isEqualTo(10);
    }

    @Test
    void a_member_of_another_firm_cannot_log_on_this_obligation() {
        allocate(40);
        Person other = person(Role.FIRM_MEMBER, Locale.FRENCH, "Autre");
        firmOf(other, "Autre firme");
        assertThatThrownBy(() -> ledger.log(provider, project.id(), "s1", today(), 5, "", key()))
                .hasMessage("ledger.provider.notYours");
        assertThatThrownBy(() -> ledger.balances(provider)).hasMessage("ledger.provider.notYours");
    }

    @Test
    void only_the_osbl_owning_the_project_confirms() {
        allocate(40);
        signIn(firmMember);
        LedgerLine logged = ledger.log(provider, project.id(), "s1", today(), 5, "", key());
        assertThatThrownBy(() -> ledger.confirm(logged.id(), null, key())).isInstanceOf(AccessDeniedException.class);
        Person stranger = person(Role.OSBL_MEMBER, Locale.FRENCH, "Étrangère");
        registered(stranger, "Autre organisme " + key());
        assertThatThrownBy(() -> ledger.confirm(logged.id(), null, key())).hasMessage("ledger.answer.notOwner");
        assertThatThrownBy(() -> ledger.dispute(logged.id(), "Non", key())).hasMessage("ledger.answer.notOwner");
    }

    @Test
    void logging_is_refused_in_the_future_on_a_seat_not_allocated_and_beyond_the_tolerance() {
        allocate(10);
        signIn(firmMember);
        assertThatThrownBy(() -> ledger.log(provider, project.id(), "s1", today().plusDays(1), 1, "", key()))
                .hasMessage("ledger.log.future");
        assertThatThrownBy(() -> ledger.log(provider, project.id(), "s2", today(), 1, "", key()))
                .hasMessage("ledger.log.notAllocated");
        assertThatThrownBy(() -> ledger.log(provider, project.id(), "s1", today(), 0, "", key()))
                .hasMessage("ledger.hours.range");
        ledger.log(provider, project.id(), "s1", today(), 11, "10 % de marge", key());
        assertThatThrownBy(() -> ledger.log(provider, project.id(), "s1", today(), 1, "", key()))
                .hasMessage("ledger.log.beyondTolerance");
    }

    @Test
    void allocation_is_for_coordinators_and_never_beyond_what_remains() {
        signIn(firmMember);
        assertThatThrownBy(() -> ledger.allocate(provider, project.id(), "s1", 10, key()))
                .isInstanceOf(AccessDeniedException.class);
        allocate(90);
        assertThatThrownBy(() -> ledger.allocate(provider, project.id(), "s2", 11, key()))
                .hasMessage("ledger.allocate.beyondRemaining");
        assertThatThrownBy(() -> ledger.allocate(provider, project.id(), "s2", 5, " "))
                .hasMessage("ledger.key.required");
        ledger.allocate(provider, project.id(), "s2", 10, key());
        assertThat(ledger.balances(provider).remaining()).isZero();
    }

    @Test
    void a_retried_request_with_the_same_key_counts_once() {
        signIn(coordinator);
        String allocation = key();
        LedgerLine first = ledger.allocate(provider, project.id(), "s1", 60, allocation);
        LedgerLine again = ledger.allocate(provider, project.id(), "s1", 60, allocation);
        assertThat(again.id()).isEqualTo(first.id());
        signIn(firmMember);
        String logKey = key();
        LedgerLine logged = ledger.log(provider, project.id(), "s1", today(), 7, "Analyse", logKey);
        assertThat(ledger.log(provider, project.id(), "s1", today(), 7, "Analyse", logKey).id()).isEqualTo(logged.id());
        signIn(osblMember);
        String confirmKey = key();
        LedgerLine confirmed = ledger.confirm(logged.id(), null, confirmKey);
        assertThat(ledger.confirm(logged.id(), null, confirmKey).id()).isEqualTo(confirmed.id());
        signIn(firmMember);
        assertThat(ledger.balances(provider)).isEqualTo(new Balances(100, 60, 7, 7, 7, 0, 0, 40));
        assertThat(ledger.lines(provider)).hasSize(3);
    }

    @Test
    void cancelling_the_project_releases_the_unused_allocation_and_closes_the_seat() {
        allocate(30);
        signIn(firmMember);
        ledger.log(provider, project.id(), "s1", today(), 5, "", key());
        signIn(osblMember);
        ProjectView current = projects.get(project.id());
        projects.cancel(project.id(), "Financement perdu", current.version());
        signIn(firmMember);
        assertThat(ledger.balances(provider)).satisfies(b -> {
            assertThat(b.allocated()).isEqualTo(5);
            assertThat(b.remaining()).isEqualTo(95);
        });
        assertThat(ledger.lines(provider)).extracting(LedgerLine::type).contains(EntryType.RELEASED);
        assertThatThrownBy(() -> ledger.log(provider, project.id(), "s1", today(), 1, "", key()))
                .hasMessage("ledger.log.released");
    }

    @Test
    void a_coordinator_adjusts_with_a_reason_and_expires_the_remainder() {
        allocate(20);
        assertThatThrownBy(() -> ledger.adjust(provider, project.id(), "s1", -5, "", key()))
                .hasMessage("ledger.adjust.reasonRequired");
        assertThatThrownBy(() -> ledger.adjust(provider, project.id(), "s1", -21, "Erreur", key()))
                .hasMessage("ledger.adjust.belowZero");
        ledger.adjust(provider, project.id(), "s1", -5, "Poste réduit", key());
        assertThat(ledger.expire(obligation.id())).map(LedgerLine::hours).contains(85);
        Balances b = ledger.balances(provider);
        assertThat(b.allocated()).isEqualTo(15);
        assertThat(b.expired()).isEqualTo(85);
        assertThat(b.remaining()).isZero();
        assertThatThrownBy(() -> ledger.allocate(provider, project.id(), "s2", 1, key()))
                .hasMessage("ledger.obligation.notActive");
    }

    @Test
    void a_volunteer_logs_only_their_own_hours() {
        Person volunteer = person(Role.VOLUNTEER, Locale.FRENCH, "Sam");
        ProviderRef me = ProviderRef.volunteer(volunteer.id());
        signIn(coordinator);
        ledger.allocate(me, project.id(), "s3", 20, key());
        signIn(volunteer);
        ledger.log(me, project.id(), "s3", today(), 6, "Atelier", key());
        assertThat(ledger.balances(me).delivered()).isEqualTo(6);
        signIn(firmMember);
        assertThatThrownBy(() -> ledger.log(me, project.id(), "s3", today(), 1, "", key()))
                .hasMessage("ledger.provider.notYours");
    }
}
