package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Coordinators list every firm's active obligations expiring soon, with the hours still unallocated. */
class ExpiringObligationsTest extends FirmsTestSupport {

    @Autowired
    ExpiringObligations expiring;

    @Test
    void active_obligations_within_the_window_come_soonest_first_with_their_unallocated_hours() {
        Person alex = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        FirmDetails firm = verifiedFirmOf(alex, "Firme pressée");
        ObligationView in50 = obligations.declare(firm.id(), obligation(80, today().minusDays(30), today().plusDays(50)));
        ObligationView in10 = obligations.declare(firm.id(), obligation(40, today().minusDays(30), today().plusDays(10)));
        ObligationView in80 = obligations.declare(firm.id(), obligation(20, today().minusDays(30), today().plusDays(80)));
        ObligationView cancelled = obligations.declare(firm.id(), obligation(5, today().minusDays(30), today().plusDays(5)));
        obligations.cancel(cancelled.id(), cancelled.version());
        ObligationView past = obligations.declare(firm.id(), obligation(5, today().minusDays(30), today().minusDays(1)));
        ProjectView project = projectOf(person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga"));
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        signIn(coordinator);
        ledger.allocate(ProviderRef.obligation(in10.id()), project.id(), "s1", 15, key());
        List<String> mine = List.of(in50.id(), in10.id(), in80.id(), cancelled.id(), past.id());

        List<ExpiringObligation> within60 = expiring.within(60).stream()
                .filter(o -> mine.contains(o.obligationId())).toList();
        assertThat(within60).extracting(ExpiringObligation::obligationId).containsExactly(in10.id(), in50.id());
        assertThat(within60.get(0)).satisfies(o -> {
            assertThat(o.firmName()).isEqualTo(firm.profile().name());
            assertThat(o.sourceReference()).isEqualTo(in10.sourceReference());
            assertThat(o.expiryDate()).isEqualTo(today().plusDays(10));
            assertThat(o.daysLeft()).isEqualTo(10);
            assertThat(o.hoursOwed()).isEqualTo(40);
            assertThat(o.unallocated()).isEqualTo(25);
        });
        assertThat(expiring.within(90).stream().filter(o -> mine.contains(o.obligationId())))
                .extracting(ExpiringObligation::obligationId).containsExactly(in10.id(), in50.id(), in80.id());
        assertThat(expiring.within(90)).extracting(ExpiringObligation::expiryDate).isSorted();
        assertThatThrownBy(() -> expiring.within(0)).hasMessage("obligation.expiring.days");
    }

    @Test
    void only_coordinators_see_all_firms_obligations() {
        Person alex = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        firmOf(alex, "Firme curieuse");
        assertThatThrownBy(() -> expiring.within(30)).isInstanceOf(AccessDeniedException.class);
        signIn(person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga"));
        assertThatThrownBy(() -> expiring.within(30)).isInstanceOf(AccessDeniedException.class);
    }
}
