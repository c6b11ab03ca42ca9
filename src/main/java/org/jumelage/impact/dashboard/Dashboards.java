package org.jumelage.impact.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDirectory;
import org.jumelage.firms.FirmHours;
import org.jumelage.firms.FirmSummary;
import org.jumelage.firms.HoursFigure;
import org.jumelage.firms.HoursStatistics;
import org.jumelage.firms.HoursSummary;
import org.jumelage.firms.OrganisationHours;
import org.jumelage.firms.ObligationFact;
import org.jumelage.firms.ObligationService;
import org.jumelage.firms.ObligationStatus;
import org.jumelage.firms.ObligationView;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.projects.ProjectFact;
import org.jumelage.projects.ProjectStatistics;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.shared.domain.Region;
import org.jumelage.training.CompletionTally;
import org.jumelage.training.TrainingStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The figures of the three dashboards: coordinators see everything, an OSBL member their own
 * organisation's, a firm member their own firm's (coordinators may open any). Hours come from the
 * ledger's monthly summary ({@link HoursSummary}, per OSBL and per firm), the rest from database
 * aggregations ({@link TrainingStatistics}) and projections ({@link ProjectStatistics},
 * {@link HoursStatistics}); this class joins them with organisations' region, sector and size.
 */
@Service
public class Dashboards {

    /** Windows of the firm dashboard's "hours expiring" table, in days. */
    public static final List<Integer> EXPIRY_WINDOWS = List.of(30, 60, 90);
    /** Organisations with fewer employees than this are small, for the equity figures. */
    static final Set<EmployeeBand> SMALL = Set.of(EmployeeBand.NONE, EmployeeBand.FROM_1_TO_4);
    /** The two regions of the large centres: Montréal (06) and Capitale-Nationale (03). */
    static final Set<Region> CENTRES = Set.of(Region.MONTREAL, Region.CAPITALE_NATIONALE);

    private final HoursStatistics hours;
    private final HoursSummary summary;
    private final ProjectStatistics projects;
    private final TrainingStatistics training;
    private final OrganisationDirectory organisations;
    private final FirmDirectory firms;
    private final ObligationService obligations;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Dashboards(HoursStatistics hours, HoursSummary summary, ProjectStatistics projects,
            TrainingStatistics training, OrganisationDirectory organisations, FirmDirectory firms,
            ObligationService obligations, CurrentUser currentUser, Clock clock) {
        this.hours = hours;
        this.summary = summary;
        this.projects = projects;
        this.training = training;
        this.organisations = organisations;
        this.firms = firms;
        this.obligations = obligations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- coordinators --------------------------------------------------------------------------

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public CoordinatorDashboard coordinator(Period period) {
        List<OrganisationHours> byOrganisation = summary.byOrganisation(period.from(), period.to(), null);
        List<FirmHours> byFirmHours = summary.byFirm(period.from(), period.to(), null);
        List<ProjectFact> facts = projects.facts(null);
        Set<String> organisationIds = new HashSet<>();
        facts.forEach(p -> organisationIds.add(p.organisationId()));
        byOrganisation.stream().map(OrganisationHours::organisationId).filter(java.util.Objects::nonNull)
                .forEach(organisationIds::add);
        Map<String, OrganisationSummary> orgs = organisations.findAll(organisationIds);
        Set<String> submitting = new HashSet<>();
        facts.stream().filter(p -> period.contains(p.submittedAt())).forEach(p -> submitting.add(p.organisationId()));
        List<ObligationFact> allObligations = hours.obligations(null);
        List<CompletionTally> completions = training.completions(period.start(), period.end());

        List<MonthFigures> months = months(period, byOrganisation, allObligations, completions);
        Function<OrganisationHours, OrganisationSummary> orgOf = t -> t.organisationId() == null ? null
                : orgs.get(t.organisationId());
        List<GroupFigures> byRegion = groups(byOrganisation, t -> {
            OrganisationSummary o = orgOf.apply(t);
            return o == null || o.region() == null ? GroupFigures.UNKNOWN : o.region().name();
        }, Map.of(), k -> null);
        List<GroupFigures> bySector = groups(byOrganisation, t -> {
            OrganisationSummary o = orgOf.apply(t);
            return o == null || o.sector() == null ? GroupFigures.UNKNOWN : o.sector().name();
        }, Map.of(), k -> null);
        List<GroupFigures> byFirm = byFirm(period, byFirmHours, allObligations);

        Map<ProjectStatus, Long> byState = byState(facts.stream().filter(p -> period.contains(p.submittedAt())).toList(),
                false);
        List<ProjectFact> opened = facts.stream()
                .filter(p -> period.contains(p.submittedAt()) && p.openedAt() != null).toList();
        Double matchRate = opened.isEmpty() ? null
                : (double) opened.stream().filter(p -> p.matchedAt() != null).count() / opened.size();
        Double median = Statistics.median(facts.stream()
                .filter(p -> period.contains(p.matchedAt()) && p.submittedAt() != null)
                .map(p -> Duration.between(p.submittedAt(), p.matchedAt()).toMinutes() / (60.0 * 24)).toList());
        long completed = completions.stream().mapToLong(CompletionTally::completions).sum();
        return new CoordinatorDashboard(period, months, byRegion, bySector, byFirm, byState, matchRate, median,
                completed, equity(byOrganisation, orgs, submitting));
    }

    // --- an organisation -----------------------------------------------------------------------

    /** The dashboard of the signed-in member's organisation. */
    @RolesAllowed(Role.OSBL)
    public OrganisationDashboard mineAsOrganisation(Period period) {
        String organisationId = organisations.ofMember(currentUser.requireId()).map(OrganisationSummary::id)
                .orElseThrow(() -> new DashboardException("dashboard.organisation.none"));
        return organisation(organisationId, period);
    }

    /** One organisation's dashboard, for its members and coordinators. */
    @PreAuthorize("isAuthenticated()")
    public OrganisationDashboard organisation(String organisationId, Period period) {
        OrganisationSummary org = organisations.find(organisationId == null ? "" : organisationId)
                .orElseThrow(() -> new DashboardException("dashboard.notAllowed"));
        if (!currentUser.hasRole(Role.COORDINATOR) && !organisations.memberIds(org.id()).contains(currentUser.requireId())) {
            throw new DashboardException("dashboard.notAllowed");
        }
        List<ProjectFact> facts = projects.facts(List.of(org.id()));
        List<OrganisationHours> tallies = summary.byOrganisation(period.from(), period.to(), List.of(org.id()));
        List<CompletionTally> completions = training.completions(period.start(), period.end()).stream()
                .filter(c -> org.id().equals(c.organisationId())).toList();
        List<MonthFigures> months = months(period, tallies, List.of(), completions);
        return new OrganisationDashboard(org.id(), org.legalName(), period, byState(facts, true), months,
                facts.stream().filter(p -> period.contains(p.completedAt())).count(),
                tallies.stream().mapToLong(OrganisationHours::confirmedPart).sum(),
                completions.stream().mapToLong(CompletionTally::completions).sum());
    }

    // --- a firm --------------------------------------------------------------------------------

    /** The dashboard of the signed-in member's firm. */
    @RolesAllowed(Role.FIRM)
    public FirmDashboard mineAsFirm(Period period) {
        String firmId = firms.ofMember(currentUser.requireId()).map(FirmSummary::id)
                .orElseThrow(() -> new DashboardException("dashboard.firm.none"));
        return firm(firmId, period);
    }

    /** One firm's dashboard, for its members and coordinators (the obligations service checks). */
    @PreAuthorize("isAuthenticated()")
    public FirmDashboard firm(String firmId, Period period) {
        FirmSummary firm = firms.find(firmId == null ? "" : firmId)
                .orElseThrow(() -> new DashboardException("dashboard.notAllowed"));
        List<ObligationView> views;
        try {
            views = obligations.ofFirmFromSummary(firm.id());
        } catch (org.jumelage.firms.FirmException e) {
            throw new DashboardException("dashboard.notAllowed");
        }
        List<ObligationProgress> progress = views.stream().filter(o -> o.status() != ObligationStatus.CANCELLED)
                .map(o -> new ObligationProgress(o.id(), o.sourceReference(), o.expiryDate(), o.status(),
                        o.balances().owed(), o.balances().allocated(), o.balances().delivered(),
                        o.balances().confirmed(), o.balances().remaining()))
                .toList();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<ExpiryWindow> expiring = new ArrayList<>();
        for (int days : EXPIRY_WINDOWS) {
            List<ObligationView> within = views.stream().filter(o -> o.status() == ObligationStatus.ACTIVE)
                    .filter(o -> !o.expiryDate().isBefore(today) && !o.expiryDate().isAfter(today.plusDays(days)))
                    .toList();
            expiring.add(new ExpiryWindow(days, within.size(),
                    within.stream().mapToLong(o -> Math.max(0, o.balances().remaining())).sum()));
        }
        List<FirmHours> tallies = summary.byFirm(period.from(), period.to(), firm.id());
        List<MonthFigures> months = months(period, tallies, hours.obligations(firm.id()), List.of());
        return new FirmDashboard(firm.id(), firm.name(), period, progress, expiring, months);
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Month by month, every month from the first to the last with a figure (gaps shown as zeros). */
    static List<MonthFigures> months(Period period, List<? extends HoursFigure> tallies, List<ObligationFact> owed,
            List<CompletionTally> completions) {
        Map<YearMonth, long[]> byMonth = new TreeMap<>();
        for (ObligationFact o : owed) {
            if (o.status() != ObligationStatus.CANCELLED && period.contains(o.startDate())) {
                byMonth.computeIfAbsent(YearMonth.from(o.startDate()), m -> new long[5])[0] += o.hoursOwed();
            }
        }
        for (HoursFigure t : tallies) {
            long[] row = byMonth.computeIfAbsent(t.month(), m -> new long[5]);
            row[1] += t.allocatedPart();
            row[2] += t.deliveredPart();
            row[3] += t.confirmedPart();
        }
        for (CompletionTally c : completions) {
            byMonth.computeIfAbsent(c.month(), m -> new long[5])[4] += c.completions();
        }
        List<MonthFigures> months = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return months;
        }
        YearMonth first = ((TreeMap<YearMonth, long[]>) byMonth).firstKey();
        YearMonth last = ((TreeMap<YearMonth, long[]>) byMonth).lastKey();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long[] row = byMonth.getOrDefault(m, new long[5]);
            months.add(new MonthFigures(m, row[0], row[1], row[2], row[3], row[4]));
        }
        return months;
    }

    /** Rows keyed by {@code key}; {@code name} gives the name a row shows, or null when the key says it. */
    private static <T extends HoursFigure> List<GroupFigures> groups(List<T> tallies, Function<T, String> key,
            Map<String, Long> owed, Function<String, String> name) {
        Map<String, long[]> byKey = new TreeMap<>();
        owed.forEach((k, h) -> byKey.computeIfAbsent(k, x -> new long[4])[0] += h);
        for (T t : tallies) {
            long[] row = byKey.computeIfAbsent(key.apply(t), x -> new long[4]);
            row[1] += t.allocatedPart();
            row[2] += t.deliveredPart();
            row[3] += t.confirmedPart();
        }
        List<GroupFigures> rows = new ArrayList<>();
        byKey.forEach((k, r) -> rows.add(new GroupFigures(k, name.apply(k), r[0], r[1], r[2], r[3])));
        rows.sort(java.util.Comparator.comparingLong(GroupFigures::delivered).reversed()
                .thenComparing(g -> g.name() == null ? g.key() : g.name()).thenComparing(GroupFigures::key));
        return rows;
    }

    /**
     * By firm id (two firms may share a name), each row showing the firm's name; owed counts the
     * obligations (not cancelled) whose validity overlaps the period.
     */
    private List<GroupFigures> byFirm(Period period, List<FirmHours> tallies, List<ObligationFact> all) {
        Set<String> firmIds = new HashSet<>();
        tallies.stream().map(FirmHours::firmId).filter(java.util.Objects::nonNull).forEach(firmIds::add);
        Map<String, Long> owedById = new LinkedHashMap<>();
        for (ObligationFact o : all) {
            if (o.status() != ObligationStatus.CANCELLED && period.overlaps(o.startDate(), o.expiryDate())) {
                owedById.merge(o.firmId(), (long) o.hoursOwed(), Long::sum);
                firmIds.add(o.firmId());
            }
        }
        Map<String, String> names = hours.firmNames(firmIds);
        return groups(tallies, t -> t.firmId() == null ? GroupFigures.VOLUNTEERS : t.firmId(), owedById,
                key -> GroupFigures.VOLUNTEERS.equals(key) ? null : names.getOrDefault(key, key));
    }

    private static Map<ProjectStatus, Long> byState(List<ProjectFact> facts, boolean withDrafts) {
        Map<ProjectStatus, Long> counts = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            if (withDrafts || s != ProjectStatus.DRAFT) {
                counts.put(s, 0L);
            }
        }
        facts.stream().filter(p -> withDrafts || p.status() != ProjectStatus.DRAFT)
                .forEach(p -> counts.merge(p.status(), 1L, Long::sum));
        return counts;
    }

    /**
     * Equity over the organisations that submitted a project in the period or received confirmed
     * hours in it (those with nothing confirmed count as zeros in the Gini coefficient).
     */
    private Equity equity(List<OrganisationHours> tallies, Map<String, OrganisationSummary> orgs,
            Set<String> submitting) {
        Map<String, Long> confirmedByOrg = new HashMap<>();
        submitting.forEach(id -> confirmedByOrg.put(id, 0L));
        for (OrganisationHours t : tallies) {
            String org = t.organisationId();
            if (org != null && t.confirmedPart() != 0) {
                confirmedByOrg.merge(org, t.confirmedPart(), Long::sum);
            }
        }
        long total = confirmedByOrg.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return new Equity(0, null, null, null, confirmedByOrg.size());
        }
        Map<String, EmployeeBand> bands = organisations.employeeBands(confirmedByOrg.keySet());
        long small = 0;
        long outside = 0;
        for (var e : confirmedByOrg.entrySet()) {
            if (SMALL.contains(bands.get(e.getKey()))) {
                small += e.getValue();
            }
            OrganisationSummary o = orgs.get(e.getKey());
            if (o != null && o.region() != null && !CENTRES.contains(o.region())) {
                outside += e.getValue();
            }
        }
        return new Equity(total, (double) small / total, (double) outside / total,
                Statistics.gini(confirmedByOrg.values()), confirmedByOrg.size());
    }
}
