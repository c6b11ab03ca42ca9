package org.jumelage.firms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jumelage.accounts.Role;
import org.jumelage.firms.internal.HoursSummaryStore;
import org.jumelage.firms.internal.LedgerEntry;
import org.jumelage.firms.internal.LedgerStore;
import org.jumelage.privacy.Erasure;
import org.jumelage.projects.ProjectView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The monthly summary of the hours ledger against a from-scratch aggregation of the same lines
 * ({@link HoursStatistics#tallies}, which reads every line): after appends of every kind, retries,
 * negative adjustments, releases, lines on both sides of a month's end in Montréal's evening, and
 * after a rebuild, a repair and an erasure. The lines sit in 2063 on the test clock, away from other
 * tests' periods; figures are compared for this test's own organisations and firm only.
 */
class HoursSummaryTest extends FirmsTestSupport {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    @Autowired
    HoursSummary summary;
    @Autowired
    HoursSummaryStore store;
    @Autowired
    HoursStatistics statistics;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Erasure erasure;
    @Autowired
    LedgerStore ledgerStore;

    Person coordinator;
    Person firmMember;
    Person osblOne;
    Person osblTwo;
    Person volunteer;
    FirmDetails firm;
    ProviderRef provider;
    ProjectView one;
    ProjectView two;
    String orgOne;
    String orgTwo;

    @BeforeEach
    void world() {
        moveTo(Instant.parse("2063-01-15T12:00:00Z"));
        coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        firmMember = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        firm = verifiedFirmOf(firmMember, "Sommaire");
        ObligationView obligation = obligations.declare(firm.id(),
                obligation(300, today().minusDays(10), today().plusDays(400)));
        provider = ProviderRef.obligation(obligation.id());
        osblOne = person(Role.OSBL_MEMBER, Locale.FRENCH, "Odile");
        one = projectOf(osblOne);
        osblTwo = person(Role.OSBL_MEMBER, Locale.FRENCH, "Omer");
        two = projectOf(osblTwo);
        volunteer = person(Role.VOLUNTEER, Locale.FRENCH, "Véra");
        orgOne = projects.organisationOf(one.id()).orElseThrow();
        orgTwo = projects.organisationOf(two.id()).orElseThrow();
    }

    @Test
    void the_summary_equals_the_ledger_aggregated_from_scratch_across_months_days_kinds_and_retries() {
        recordEveryKindOfLine();

        for (LocalDate[] period : periods()) {
            assertSameAsLedger(period[0], period[1]);
        }
        // 23:30 in Montréal on 31 January is 04:30 UTC on 1 February: months and days are UTC.
        assertThat(summary.byOrganisation(LocalDate.parse("2063-02-01"), LocalDate.parse("2063-02-01"), List.of(orgOne)))
                .containsExactly(new OrganisationHours(orgOne, YearMonth.parse("2063-02"), EntryType.LOGGED, 8));
        assertThat(summary.byOrganisation(LocalDate.parse("2063-01-31"), LocalDate.parse("2063-01-31"), List.of(orgOne)))
                .isEmpty();
        // First project: 50 allocated then adjusted by −5, 8 logged and confirmed. Second: the firm's 30
        // released whole (its 4 h were disputed), the volunteer's 10 allocated and 3 logged.
        assertThat(parts(summary.byOrganisation(null, null, List.of(orgOne)))).isEqualTo(new long[] {45, 8, 8});
        assertThat(parts(summary.byOrganisation(null, null, List.of(orgTwo)))).isEqualTo(new long[] {10, 3, 0});
        assertThat(parts(summary.byFirm(null, null, firm.id()))).isEqualTo(new long[] {45, 8, 8});

        signIn(coordinator);
        summary.rebuild();
        for (LocalDate[] period : periods()) {
            assertSameAsLedger(period[0], period[1]);
        }
        assertThat(parts(summary.byOrganisation(null, null, List.of(orgOne)))).isEqualTo(new long[] {45, 8, 8});
    }

    @Test
    void counting_a_line_again_adds_nothing_and_the_check_counts_a_line_whose_count_was_lost() {
        signIn(coordinator);
        LedgerLine allocated = ledger.allocate(provider, one.id(), "s1", 20, key());
        LedgerEntry entry = mongo.findById(allocated.id(), LedgerEntry.class);
        store.count(entry);
        store.count(entry);
        assertThat(parts(summary.byOrganisation(null, null, List.of(orgOne)))).isEqualTo(new long[] {20, 0, 0});
        assertThat(parts(summary.byFirm(null, null, firm.id()))).isEqualTo(new long[] {20, 0, 0});

        // A line written without its count, as when the process stops between the two.
        LedgerEntry lost = new LedgerEntry(provider, firm.id(), one.id(), "s1", EntryType.ALLOCATED, 7, null, null, null,
                coordinator.id(), clock.instant(), key(), 1);
        mongo.insert(lost);
        assertThat(parts(summary.byOrganisation(null, null, List.of(orgOne)))).isEqualTo(new long[] {20, 0, 0});
        assertThat(store.check()).isEqualTo(HoursSummaryStore.Outcome.REPAIRED);
        assertThat(parts(summary.byOrganisation(null, null, List.of(orgOne)))).isEqualTo(new long[] {27, 0, 0});
        assertThat(parts(summary.byFirm(null, null, firm.id()))).isEqualTo(new long[] {27, 0, 0});
        assertThat(store.check()).isEqualTo(HoursSummaryStore.Outcome.CURRENT);
        assertSameAsLedger(null, null);
    }

    @Test
    void a_missing_summary_is_rebuilt_from_the_ledger_by_the_check() {
        recordEveryKindOfLine();
        mongo.remove(Query.query(Criteria.where("_id").is("state")), HoursSummaryStore.COLLECTION);
        assertThat(store.check()).isEqualTo(HoursSummaryStore.Outcome.REBUILT);
        assertThat(store.check()).isEqualTo(HoursSummaryStore.Outcome.CURRENT);
        for (LocalDate[] period : periods()) {
            assertSameAsLedger(period[0], period[1]);
        }
    }

    @Test
    void an_anonymised_volunteer_leaves_the_summary_unchanged_and_naming_no_one() {
        ProviderRef me = ProviderRef.volunteer(volunteer.id());
        signIn(coordinator);
        ledger.allocate(me, two.id(), "s2", 12, key());
        signIn(volunteer);
        ledger.log(me, two.id(), "s2", today(), 5, "Atelier", key());
        List<OrganisationHours> before = summary.byOrganisation(null, null, List.of(orgTwo));

        signIn(coordinator);
        erasure.anonymiseAccount(volunteer.id());
        assertThat(summary.byOrganisation(null, null, List.of(orgTwo))).containsExactlyInAnyOrderElementsOf(before);
        summary.rebuild();
        assertThat(summary.byOrganisation(null, null, List.of(orgTwo))).containsExactlyInAnyOrderElementsOf(before);
        assertThat(parts(before)).isEqualTo(new long[] {12, 5, 0});
        assertSameAsLedger(null, null);
        assertThat(mongo.findAll(org.bson.Document.class, HoursSummaryStore.COLLECTION).toString())
                .doesNotContain(volunteer.id(), coordinator.id());
        assertThat(mongo.findAll(org.bson.Document.class, HoursSummaryStore.OBLIGATIONS_COLLECTION).toString())
                .doesNotContain(volunteer.id(), coordinator.id());
    }

    @Test
    void the_obligations_running_totals_give_the_balances_a_replay_of_their_lines_gives() {
        signIn(firmMember);
        ObligationView second = obligations.declare(firm.id(),
                obligation(40, today().minusDays(10), today().plusDays(60)));
        ProviderRef other = ProviderRef.obligation(second.id());
        assertRunningTotalsEqualReplay(Map.of(provider, new Balances(300, 0, 0, 0, 0, 0, 0, 300),
                other, new Balances(40, 0, 0, 0, 0, 0, 0, 40)));

        recordEveryKindOfLine();
        // The second obligation: 15 allocated, 6 logged and confirmed (retried), then written off at expiry.
        signIn(coordinator);
        String allocation = key();
        ledger.allocate(other, one.id(), "s3", 15, allocation);
        ledger.allocate(other, one.id(), "s3", 15, allocation);
        signIn(firmMember);
        LedgerLine logged = ledger.log(other, one.id(), "s3", today(), 6, "Atelier", key());
        signIn(osblOne);
        String confirmation = key();
        ledger.confirm(logged.id(), null, confirmation);
        ledger.confirm(logged.id(), null, confirmation);
        moveTo(Instant.parse("2063-04-02T10:00:00Z"));
        signIn(coordinator);
        ledger.expire(second.id());
        ledger.expire(second.id());

        // First: 50 − 5 kept by project one, 30 released whole; 8 + 4 logged, 4 disputed, 8 confirmed.
        Map<ProviderRef, Balances> expected = Map.of(provider, new Balances(300, 45, 12, 8, 8, 4, 0, 255),
                other, new Balances(40, 15, 6, 6, 6, 0, 25, 0));
        assertRunningTotalsEqualReplay(expected);
        summary.rebuild();
        assertRunningTotalsEqualReplay(expected);

        // A line whose count was lost shows in the running totals once the check has counted it.
        LedgerEntry lost = new LedgerEntry(provider, firm.id(), one.id(), "s1", EntryType.ADJUSTED, 3, null, "Oubli",
                null, coordinator.id(), clock.instant(), key(), ledgerStore.entries(provider).size());
        mongo.insert(lost);
        assertThat(store.check()).isEqualTo(HoursSummaryStore.Outcome.REPAIRED);
        assertRunningTotalsEqualReplay(Map.of(provider, new Balances(300, 48, 12, 8, 8, 4, 0, 252),
                other, expected.get(other)));
    }

    /**
     * The balances read from the running totals equal those replayed from each obligation's own
     * lines (the reference), those of {@link ObligationService#ofFirm} and the expected figures.
     */
    private void assertRunningTotalsEqualReplay(Map<ProviderRef, Balances> expected) {
        signIn(coordinator);
        List<ObligationView> summed = obligations.ofFirmFromSummary(firm.id());
        assertThat(summed).isEqualTo(obligations.ofFirm(firm.id()));
        assertThat(summed).hasSize(expected.size());
        for (ObligationView view : summed) {
            ProviderRef ref = ProviderRef.obligation(view.id());
            Balances replayed = LedgerBalances.replay(view.hoursOwed(),
                    ledgerStore.entries(ref).stream().map(LedgerEntry::toMovement).toList());
            assertThat(view.balances()).as("obligation of %d h", view.hoursOwed()).isEqualTo(replayed)
                    .isEqualTo(expected.get(ref));
        }
        assertThat(ledger.firmBalances(firm.id())).isEqualTo(summed.stream().map(ObligationView::balances)
                .reduce(Balances.ZERO, Balances::plus));
    }

    // --- fixture -------------------------------------------------------------------------------

    /**
     * Lines of every kind on two projects (two OSBLs) over January to March 2063, one of them at
     * 23:30 in Montréal on 31 January, retried requests among them.
     */
    private void recordEveryKindOfLine() {
        signIn(coordinator);
        String allocation = key();
        ledger.allocate(provider, one.id(), "s1", 50, allocation);
        ledger.allocate(provider, one.id(), "s1", 50, allocation);
        ledger.allocate(provider, two.id(), "s1", 30, key());
        ledger.allocate(ProviderRef.volunteer(volunteer.id()), two.id(), "s2", 10, key());

        moveTo(LocalDateTime.parse("2063-01-31T23:30").atZone(MONTREAL).toInstant());
        signIn(firmMember);
        String logKey = key();
        LedgerLine logged = ledger.log(provider, one.id(), "s1", LocalDate.parse("2063-01-31"), 8, "Soirée", logKey);
        ledger.log(provider, one.id(), "s1", LocalDate.parse("2063-01-31"), 8, "Soirée", logKey);

        moveTo(Instant.parse("2063-02-10T15:00:00Z"));
        LedgerLine disputed = ledger.log(provider, two.id(), "s1", today(), 4, "Réunion", key());
        signIn(osblOne);
        String confirmKey = key();
        ledger.confirm(logged.id(), null, confirmKey);
        ledger.confirm(logged.id(), null, confirmKey);
        signIn(osblTwo);
        ledger.dispute(disputed.id(), "Réunion annulée", key());
        signIn(volunteer);
        ledger.log(ProviderRef.volunteer(volunteer.id()), two.id(), "s2", today(), 3, "Atelier", key());

        moveTo(Instant.parse("2063-03-02T10:00:00Z"));
        signIn(coordinator);
        ledger.adjust(provider, one.id(), "s1", -5, "Poste réduit", key());
        String releaseKey = key();
        ledger.release(provider, two.id(), "s1", releaseKey);
        ledger.release(provider, two.id(), "s1", releaseKey);
        signOut();
    }

    /** All time, months cut at both ends, one whole month, one day, one month alone. */
    private static List<LocalDate[]> periods() {
        return List.of(new LocalDate[] {null, null},
                new LocalDate[] {LocalDate.parse("2063-01-20"), LocalDate.parse("2063-02-05")},
                new LocalDate[] {LocalDate.parse("2063-02-01"), LocalDate.parse("2063-02-28")},
                new LocalDate[] {LocalDate.parse("2063-01-31"), LocalDate.parse("2063-01-31")},
                new LocalDate[] {LocalDate.parse("2063-02-11"), null},
                new LocalDate[] {null, LocalDate.parse("2063-02-10")});
    }

    private void assertSameAsLedger(LocalDate from, LocalDate to) {
        Instant start = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<HoursTally> ofProjects = statistics.tallies(start, end, null, List.of(one.id(), two.id()));
        Map<String, Long> expectedByOrganisation = sums(ofProjects,
                t -> projects.organisationOf(t.projectId()).orElseThrow() + "|" + t.month() + "|" + t.type());
        Map<String, Long> actualByOrganisation = sums(summary.byOrganisation(from, to, List.of(orgOne, orgTwo)),
                h -> h.organisationId() + "|" + h.month() + "|" + h.type());
        assertThat(actualByOrganisation).as("by OSBL from %s to %s", from, to).isEqualTo(expectedByOrganisation);

        Map<String, Long> expectedByFirm = sums(statistics.tallies(start, end, firm.id(), null),
                t -> t.firmId() + "|" + t.month() + "|" + t.type());
        Map<String, Long> actualByFirm = sums(summary.byFirm(from, to, firm.id()),
                h -> h.firmId() + "|" + h.month() + "|" + h.type());
        assertThat(actualByFirm).as("by firm from %s to %s", from, to).isEqualTo(expectedByFirm);
    }

    private static <T extends HoursFigure> Map<String, Long> sums(Collection<T> figures, Function<T, String> key) {
        Map<String, Long> sums = new TreeMap<>();
        figures.forEach(f -> sums.merge(key.apply(f), f.hours(), Long::sum));
        return sums;
    }

    /** Allocated, delivered, confirmed. */
    private static long[] parts(Collection<? extends HoursFigure> figures) {
        return new long[] {figures.stream().mapToLong(HoursFigure::allocatedPart).sum(),
                figures.stream().mapToLong(HoursFigure::deliveredPart).sum(),
                figures.stream().mapToLong(HoursFigure::confirmedPart).sum()};
    }

    private void moveTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }
}
