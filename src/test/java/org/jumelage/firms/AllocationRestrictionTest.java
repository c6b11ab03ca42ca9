package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Allocation onto a seat honours the obligation: its firm must be verified, the obligation active,
 * and the project's organisation inside the obligation's sectors and regions. The test
 * organisations are in social work, in Saguenay–Lac-Saint-Jean.
 */
class AllocationRestrictionTest extends FirmsTestSupport {

    Person alex;
    Person coordinator;
    ProjectView project;

    @BeforeEach
    void projectOfASocialWorkOrganisationInSaguenay() {
        coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        project = projectOf(person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga"));
        alex = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
    }

    private ObligationView declared(FirmDetails firm, Set<Sector> sectors, Set<Region> regions) {
        signIn(alex);
        return obligations.declare(firm.id(), new ObligationCommand(50, "Programme " + UUID.randomUUID(),
                today().minusDays(5), today().plusDays(100), sectors, regions));
    }

    private int allocatedOf(ObligationView o) {
        signIn(coordinator);
        return ledger.balances(ProviderRef.obligation(o.id())).allocated();
    }

    @Test
    void an_obligation_restricted_to_other_sectors_or_regions_refuses_the_project() {
        FirmDetails firm = verifiedFirmOf(alex, "Firme ciblée");
        ObligationView health = declared(firm, Set.of(Sector.HEALTH_WELLBEING, Sector.EDUCATION), Set.of());
        ObligationView montreal = declared(firm, Set.of(), Set.of(Region.MONTREAL, Region.LAVAL));
        ObligationView both = declared(firm, Set.of(Sector.SOCIAL_WORK), Set.of(Region.MONTREAL));
        signIn(coordinator);

        assertThatThrownBy(() -> ledger.allocate(ProviderRef.obligation(health.id()), project.id(), "s1", 10, key()))
                .isInstanceOf(FirmException.class).hasMessage("ledger.allocate.outsideSectors");
        assertThatThrownBy(() -> ledger.allocate(ProviderRef.obligation(montreal.id()), project.id(), "s1", 10, key()))
                .isInstanceOf(FirmException.class).hasMessage("ledger.allocate.outsideRegions");
        assertThatThrownBy(() -> ledger.allocate(ProviderRef.obligation(both.id()), project.id(), "s1", 10, key()))
                .hasMessage("ledger.allocate.outsideRegions");

        assertThat(allocatedOf(health)).isZero();
        assertThat(allocatedOf(montreal)).isZero();
        assertThat(allocatedOf(both)).isZero();
    }

    @Test
    void an_obligation_whose_restrictions_include_the_project_or_without_restriction_allocates() {
        FirmDetails firm = verifiedFirmOf(alex, "Firme régionale");
        ObligationView matching = declared(firm, Set.of(Sector.SOCIAL_WORK, Sector.HEALTH_WELLBEING),
                Set.of(Region.SAGUENAY_LAC_SAINT_JEAN));
        ObligationView open = declared(firm, Set.of(), Set.of());
        signIn(coordinator);

        ledger.allocate(ProviderRef.obligation(matching.id()), project.id(), "s1", 10, key());
        ledger.allocate(ProviderRef.obligation(open.id()), project.id(), "s2", 20, key());

        assertThat(allocatedOf(matching)).isEqualTo(10);
        assertThat(allocatedOf(open)).isEqualTo(20);
    }

    @Test
    void a_firm_not_verified_or_rejected_cannot_give_hours() {
        FirmDetails firm = firmOf(alex, "Firme en attente");
        ObligationView pending = declared(firm, Set.of(), Set.of());
        signIn(coordinator);
        assertThatThrownBy(() -> ledger.allocate(ProviderRef.obligation(pending.id()), project.id(), "s1", 10, key()))
                .isInstanceOf(FirmException.class).hasMessage("ledger.firm.notVerified");

        FirmDetails rejected = firmReview.reject(firm.id(), "NEQ introuvable.", firmReview.get(firm.id()).version());
        assertThatThrownBy(() -> ledger.allocate(ProviderRef.obligation(pending.id()), project.id(), "s1", 10, key()))
                .hasMessage("ledger.firm.notVerified");
        assertThat(allocatedOf(pending)).isZero();

        firmReview.verify(firm.id(), rejected.version());
        ledger.allocate(ProviderRef.obligation(pending.id()), project.id(), "s1", 10, key());
        assertThat(allocatedOf(pending)).isEqualTo(10);
    }

    @Test
    void a_cancelled_obligation_cannot_give_hours() {
        FirmDetails firm = verifiedFirmOf(alex, "Firme prudente");
        ObligationView o = declared(firm, Set.of(), Set.of());
        ObligationView cancelled = obligations.cancel(o.id(), o.version());
        signIn(coordinator);
        assertThatThrownBy(() -> ledger.allocate(ProviderRef.obligation(cancelled.id()), project.id(), "s1", 5, key()))
                .hasMessage("ledger.obligation.notActive");
        assertThat(allocatedOf(cancelled)).isZero();
    }
}
