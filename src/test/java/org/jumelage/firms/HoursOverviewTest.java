package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.projects.ProjectView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The ledger's read models: who sees which seats, lines and hours awaiting confirmation. */
class HoursOverviewTest extends FirmsTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    HoursOverview overview;

    Person coordinator;
    Person firmMember;
    Person osblMember;
    FirmDetails firm;
    ObligationView obligation;
    ProviderRef provider;
    ProjectView project;

    @BeforeEach
    void firmWithAnAllocatedSeat() {
        coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        firmMember = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex Tremblay");
        firm = verifiedFirmOf(firmMember, "Boréal");
        obligation = obligations.declare(firm.id(), obligation(100, today().minusDays(10), today().plusDays(200)));
        provider = ProviderRef.obligation(obligation.id());
        osblMember = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga");
        project = projectOf(osblMember);
        signIn(coordinator);
        ledger.allocate(provider, project.id(), "s1", 30, key());
    }

    @Test
    void firm_members_see_their_allocated_seats_with_project_title_and_hours() {
        signIn(firmMember);
        LedgerLine logged = ledger.log(provider, project.id(), "s1", today(), 6, "Atelier", key());
        signIn(osblMember);
        ledger.confirm(logged.id(), null, key());

        signIn(firmMember);
        assertThat(overview.seatsOfFirm(firm.id())).singleElement().satisfies(s -> {
            assertThat(s.projectTitle()).isEqualTo(project.title());
            assertThat(s.seatTitle()).isEqualTo("s1");
            assertThat(s.obligationSource()).isEqualTo(obligation.sourceReference());
            assertThat(s.allocated()).isEqualTo(30);
            assertThat(s.logged()).isEqualTo(6);
            assertThat(s.confirmed()).isEqualTo(6);
            assertThat(s.closed()).isFalse();
        });
    }

    @Test
    void another_firm_sees_neither_the_seats_nor_the_lines_of_this_one() {
        firmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Autre"), "Autre firme");
        assertThatThrownBy(() -> overview.seatsOfFirm(firm.id())).hasMessage("firm.notFound");
        assertThatThrownBy(() -> overview.linesOfObligation(obligation.id())).hasMessage("obligation.notFound");
    }

    @Test
    void obligation_lines_name_the_project_the_seat_and_who_recorded_them() {
        signIn(firmMember);
        ledger.log(provider, project.id(), "s1", today(), 4, "Nettoyage", key());
        assertThat(overview.linesOfObligation(obligation.id()))
                .extracting(l -> l.line().type(), LedgerLineDetails::projectTitle, LedgerLineDetails::recordedByName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EntryType.ALLOCATED, project.title(), "Coralie"),
                        org.assertj.core.groups.Tuple.tuple(EntryType.LOGGED, project.title(), "Alex Tremblay"));
    }

    @Test
    void the_owning_osbl_sees_unanswered_logged_hours_and_other_osbls_do_not() {
        signIn(firmMember);
        LedgerLine first = ledger.log(provider, project.id(), "s1", today().minusDays(2), 5, "Analyse", key());
        ledger.log(provider, project.id(), "s1", today(), 3, "Rapport", key());
        signIn(osblMember);
        assertThat(overview.awaitingConfirmation()).extracting(PendingHours::hours).containsExactly(5, 3);
        ledger.confirm(first.id(), null, key());
        assertThat(overview.awaitingConfirmation()).singleElement().satisfies(p -> {
            assertThat(p.hours()).isEqualTo(3);
            assertThat(p.providerName()).isEqualTo(firm.profile().name());
            assertThat(p.loggedBy()).isEqualTo("Alex Tremblay");
            assertThat(p.description()).isEqualTo("Rapport");
        });

        Person stranger = person(Role.OSBL_MEMBER, Locale.FRENCH, "Étrangère");
        registered(stranger, "Autre organisme " + key());
        assertThat(overview.awaitingConfirmation()).isEmpty();
        signIn(firmMember);
        assertThatThrownBy(() -> overview.awaitingConfirmation()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_volunteer_sees_only_their_own_seats_and_balances() {
        Person volunteer = person(Role.VOLUNTEER, Locale.FRENCH, "Rosalie");
        ProviderRef me = ProviderRef.volunteer(volunteer.id());
        signIn(coordinator);
        ledger.allocate(me, project.id(), "s2", 12, key());
        signIn(volunteer);
        ledger.log(me, project.id(), "s2", today(), 2, "Formation", key());
        assertThat(overview.seatsOfVolunteer()).singleElement().satisfies(s -> {
            assertThat(s.seatId()).isEqualTo("s2");
            assertThat(s.obligationSource()).isNull();
            assertThat(s.allocated()).isEqualTo(12);
            assertThat(s.logged()).isEqualTo(2);
        });
        assertThat(overview.balancesOfVolunteer().allocated()).isEqualTo(12);
        signIn(person(Role.VOLUNTEER, Locale.FRENCH, "Autre bénévole"));
        assertThat(overview.seatsOfVolunteer()).isEmpty();
        signIn(firmMember);
        assertThatThrownBy(() -> overview.seatsOfVolunteer()).isInstanceOf(AccessDeniedException.class);
    }
}
