package org.jumelage.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.jumelage.accounts.Role;
import org.jumelage.firms.AvailabilityPeriod;
import org.jumelage.firms.BlackoutPeriod;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmProfile;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.ObligationCommand;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.impact.EvaluationOutcomes;
import org.jumelage.impact.dashboard.Period;
import org.jumelage.privacy.IncidentCommand;
import org.jumelage.privacy.IncidentRegister;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectView;
import org.jumelage.reports.ComplianceReports;
import org.jumelage.shared.audit.AuditFilter;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.support.Hostile;
import org.jumelage.support.Refusals;
import org.jumelage.volunteers.AvailabilityWindow;
import org.jumelage.volunteers.VolunteerFilter;
import org.jumelage.volunteers.VolunteerProfileCommand;
import org.jumelage.volunteers.VolunteerSearch;
import org.jumelage.volunteers.VolunteerService;
import org.jumelage.volunteers.VolunteersTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Dates far outside the years Jumelage works with ({@link LocalDate#MIN}, {@link LocalDate#MAX}, year 1,
 * year 9999, the day before 2000 and the day after 2100) sent straight to every service that takes a
 * date: each is refused with the translated range message and stores nothing; the first and last days of
 * the range are accepted.
 */
class OutOfRangeDatesTest extends FirmsTestSupport {

    private static final List<LocalDate> ABSURD = List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1),
            LocalDate.of(9999, 12, 31), LocalDate.of(1999, 12, 31), LocalDate.of(2101, 1, 1));

    @Autowired
    MongoTemplate mongo;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    VolunteerSearch volunteerSearch;
    @Autowired
    IncidentRegister incidents;
    @Autowired
    ComplianceReports reports;
    @Autowired
    EvaluationOutcomes outcomes;
    @Autowired
    AuditTrail audit;

    /** An absurd date, or one inside the range. */
    private static Arbitrary<LocalDate> days() {
        return Arbitraries.oneOf(Arbitraries.of(ABSURD),
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay),
                Arbitraries.integers().between(0, 36_000).map(n -> SaneDates.EARLIEST.plusDays(n)));
    }

    /** Refused with the range message, or accepted when the date is inside the range. */
    private static <T> void refusedUnlessSane(LocalDate day, Supplier<T> action) {
        var outcome = Refusals.attempt(action);
        if (SaneDates.isSane(day)) {
            if (!outcome.accepted()) {
                assertThat(outcome.refusedWith()).doesNotContain(SaneDates.MESSAGE_KEY);
            }
        } else {
            assertThat(outcome.accepted()).as("accepted " + day).isFalse();
            assertThat(outcome.refusedWith()).contains(SaneDates.MESSAGE_KEY);
        }
    }

    @Test
    void the_range_message_exists_in_both_languages() {
        assertThat(Refusals.known(SaneDates.MESSAGE_KEY)).isTrue();
    }

    @Test
    void project_dates_out_of_range_are_refused_and_leave_nothing() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Dates du projet");
        ProjectView project = projectOf(member);
        Hostile.forAll("project dates", 30, days(), day -> {
            for (boolean asStart : List.of(true, false)) {
                ProjectView before = projects.get(project.id());
                ProjectDraft d = before.content();
                ProjectDraft changed = new ProjectDraft(d.title(), d.summary(), d.problem(), d.expectedOutcome(),
                        d.category(), d.dataInvolved(), asStart ? day : null, asStart ? null : day, d.priority(),
                        d.urgencyReason(), d.seats(), d.checklist(), d.ethics());
                refusedUnlessSane(day, () -> projects.saveDraft(project.id(), changed, before.version()));
                if (!SaneDates.isSane(day)) {
                    assertThat(projects.get(project.id())).isEqualTo(before);
                }
            }
        });
    }

    @Test
    void availability_and_blackout_periods_out_of_range_are_refused_and_leave_the_profile() {
        FirmDetails firm = firmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Disponibilités"), "Firme datée");
        Hostile.forAll("firm periods", 40, days(), day -> {
            FirmDetails before = firms.get(firm.id());
            FirmProfile p = before.profile();
            LocalDate end = SaneDates.isSane(day) ? day : LocalDate.MAX;
            FirmProfile withPeriods = new FirmProfile(p.name(), p.neq(), p.size(), p.regions(), p.languages(),
                    p.description(), p.teamSkills(), p.contactEmail(), p.contactPhone(),
                    List.of(new AvailabilityPeriod(day, end, 20)), List.of(new BlackoutPeriod(day, end)), p.conflicts());
            refusedUnlessSane(day, () -> firms.update(firm.id(), withPeriods, before.version()));
            if (!SaneDates.isSane(day)) {
                assertThat(firms.get(firm.id())).isEqualTo(before);
            }
        });
    }

    @Test
    void obligations_and_hours_out_of_range_are_refused_and_leave_nothing() {
        Person member = person(Role.FIRM_MEMBER, Locale.FRENCH, "Obligations datées");
        FirmDetails firm = verifiedFirmOf(member, "Firme obligée datée");
        Query ofFirm = Query.query(Criteria.where("firmId").is(firm.id()));
        for (LocalDate day : ABSURD) {
            long before = mongo.count(ofFirm, "obligations");
            ObligationCommand early = new ObligationCommand(100, "Contrat", day, LocalDate.of(2030, 1, 1), Set.of(),
                    Set.of());
            ObligationCommand late = new ObligationCommand(100, "Contrat", LocalDate.of(2030, 1, 1), day, Set.of(),
                    Set.of());
            refusedUnlessSane(day, () -> obligations.declare(firm.id(), early));
            refusedUnlessSane(day, () -> obligations.declare(firm.id(), late));
            assertThat(mongo.count(ofFirm, "obligations")).isEqualTo(before);
        }
        assertThat(obligations.declare(firm.id(), obligation(10, SaneDates.EARLIEST, SaneDates.LATEST)).expiryDate())
                .isEqualTo(SaneDates.LATEST);

        ObligationView obligation = obligations.declare(firm.id(), obligation(1_000, today().minusDays(10),
                today().plusDays(400)));
        ProviderRef provider = ProviderRef.obligation(obligation.id());
        ProjectView project = projectOf(person(Role.OSBL_MEMBER, Locale.FRENCH, "Projet daté"));
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Coordination datée"));
        ledger.allocate(provider, project.id(), "s1", 500, key());
        signIn(member);
        Query ofProvider = Query.query(Criteria.where("providerId").is(provider.id()));
        for (LocalDate day : List.of(LocalDate.MIN, LocalDate.of(1, 1, 1), LocalDate.of(1999, 12, 31))) {
            long before = mongo.count(ofProvider, "hours_ledger");
            refusedUnlessSane(day, () -> ledger.log(provider, project.id(), "s1", day, 2, "Atelier", key()));
            assertThat(mongo.count(ofProvider, "hours_ledger")).isEqualTo(before);
        }
    }

    @Test
    void volunteer_windows_and_the_search_day_out_of_range_are_refused() {
        signIn(person(Role.VOLUNTEER, Locale.FRENCH, "Bénévole daté"));
        VolunteerProfileCommand valid = VolunteersTestSupport.profile("Informatique");
        var saved = volunteers.save(valid, null);
        for (LocalDate day : ABSURD) {
            var before = volunteers.mine().orElseThrow();
            boolean early = day.isBefore(SaneDates.EARLIEST);
            AvailabilityWindow window = new AvailabilityWindow("Session", early ? day : LocalDate.of(2030, 1, 1),
                    early ? LocalDate.of(2030, 1, 1) : day, 10);
            VolunteerProfileCommand command = VolunteersTestSupport.profile("Informatique", valid.skills(),
                    valid.region(), List.of(window), true);
            refusedUnlessSane(day, () -> volunteers.save(command, before.version()));
            assertThat(volunteers.mine().orElseThrow()).isEqualTo(before);
        }
        assertThat(saved.windows()).isNotEmpty();
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Recherche datée"));
        for (LocalDate day : ABSURD) {
            VolunteerFilter filter = new VolunteerFilter(null, null, null, day, null, null);
            refusedUnlessSane(day, () -> volunteerSearch.search(filter, 0, 10));
            refusedUnlessSane(day, () -> volunteerSearch.count(filter));
        }
    }

    @Test
    void incidents_reports_dashboards_outcomes_and_the_journal_refuse_dates_out_of_range() {
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination des périodes");
        FirmDetails firm = firmOf(person(Role.FIRM_MEMBER, Locale.FRENCH, "Rapport daté"), "Firme rapportée");
        signIn(coordinator);
        Query mine = Query.query(Criteria.where("recordedBy").is(coordinator.id()));
        for (LocalDate day : ABSURD) {
            long before = mongo.count(mine, "privacy_incidents");
            refusedUnlessSane(day, () -> incidents.record(new IncidentCommand(day, LocalDate.of(2026, 5, 1),
                    "Perte d’une clé", "Liste", 3, false, "", null, null, "")));
            refusedUnlessSane(day, () -> incidents.record(new IncidentCommand(null, day, "Perte d’une clé", "Liste",
                    3, false, "", null, null, "")));
            refusedUnlessSane(day, () -> incidents.record(new IncidentCommand(null, LocalDate.of(2026, 5, 1),
                    "Perte d’une clé", "Liste", 3, false, "", day, day, "")));
            assertThat(mongo.count(mine, "privacy_incidents")).isEqualTo(before);

            boolean early = day.isBefore(SaneDates.EARLIEST);
            LocalDate from = early ? day : LocalDate.of(2026, 1, 1);
            LocalDate to = early ? LocalDate.of(2026, 1, 1) : day;
            refusedUnlessSane(day, () -> reports.report(firm.id(), from, to));
            refusedUnlessSane(day, () -> new Period(from, to));
            refusedUnlessSane(day, () -> outcomes.summary(from, to, null));
            refusedUnlessSane(day, () -> outcomes.answered(from, to, null));
        }
        signIn(person(Role.ADMIN, Locale.FRENCH, "Administration datée"));
        for (Instant at : List.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"))) {
            var from = Refusals.attempt(() -> audit.search(new AuditFilter(at, null, null, null, null), 0, 10));
            var until = Refusals.attempt(() -> audit.count(new AuditFilter(null, at, null, null, null)));
            assertThat(from.refusedWith()).contains(SaneDates.MESSAGE_KEY);
            assertThat(until.refusedWith()).contains(SaneDates.MESSAGE_KEY);
        }
        assertThat(audit.count(new AuditFilter(Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("2100-12-31T00:00:00Z"), null, null, null))).isNotNegative();
    }
}
