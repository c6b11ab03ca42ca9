package org.jumelage.impact.dashboard;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.jumelage.firms.FirmHours;
import org.jumelage.firms.HoursStatistics;
import org.jumelage.firms.HoursSummary;
import org.jumelage.firms.OrganisationHours;
import org.jumelage.firms.ObligationFact;
import org.jumelage.firms.ObligationStatus;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.projects.ProjectFact;
import org.jumelage.projects.ProjectStatistics;
import org.jumelage.training.CompletionTally;
import org.jumelage.training.TrainingStatistics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Anonymised aggregates fit for publication: the public transparency page and the open-data export.
 * Anyone may read them (no caller check): they hold sums only, and every group or cell to which
 * fewer than {@link #MIN_ORGANISATIONS} OSBLs contribute is suppressed (its figures left out), so
 * that no single organisation's hours, projects or courses can be read from them. Firms appear by
 * name only when they opted in.
 * <p>
 * Hours come from the ledger's monthly summary. The figures of the transparency page and of each
 * period's open-data cells are kept for a short time ({@code jumelage.dashboard.public-cache-ttl},
 * 5 minutes by default, dropped sooner when a ledger line is counted): anonymous visitors do not
 * cause an aggregation each. Which firms opted in is read at each request, so a firm's choice shows
 * at once.
 */
@Service
public class OpenData {

    /** Smallest number of OSBLs behind a published figure. */
    public static final int MIN_ORGANISATIONS = 3;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final HoursStatistics hours;
    private final HoursSummary summary;
    private final ProjectStatistics projects;
    private final TrainingStatistics training;
    private final OrganisationDirectory organisations;
    private final Recent<Period, PublicFigures> publicFigures;
    private final Recent<Period, List<OpenDataRow>> recentCells;

    public OpenData(HoursStatistics hours, HoursSummary summary, ProjectStatistics projects,
            TrainingStatistics training, OrganisationDirectory organisations, java.time.Clock clock,
            @Value("${jumelage.dashboard.public-cache-ttl:PT5M}") java.time.Duration ttl) {
        this.hours = hours;
        this.summary = summary;
        this.projects = projects;
        this.training = training;
        this.organisations = organisations;
        this.publicFigures = new Recent<>(clock, ttl, summary::revision, 1);
        this.recentCells = new Recent<>(clock, ttl, summary::revision, 16);
    }

    /** The public transparency page, all time. */
    public Transparency transparency() {
        PublicFigures figures = publicFigures.get(Period.ALL, this::publicFigures);
        Map<String, String> publishing = hours.firmsPublishingFulfilment();
        List<Transparency.FirmFulfilment> firms = new ArrayList<>();
        publishing.forEach((id, name) -> firms.add(new Transparency.FirmFulfilment(name,
                figures.owedByFirm().getOrDefault(id, 0L), figures.confirmedByFirm().getOrDefault(id, 0L))));
        return new Transparency(figures.byRegion(), figures.bySector(), firms, figures.served(), figures.completions(),
                figures.delivered());
    }

    /** The transparency page's figures but the list of firms that opted in. */
    private record PublicFigures(List<Transparency.PublicGroup> byRegion, List<Transparency.PublicGroup> bySector,
            Map<String, Long> owedByFirm, Map<String, Long> confirmedByFirm, int served, long completions,
            long delivered) {
    }

    private PublicFigures publicFigures() {
        Map<String, Long> deliveredByOrg = new HashMap<>();
        for (OrganisationHours t : summary.byOrganisation(null, null, null)) {
            if (t.organisationId() != null) {
                deliveredByOrg.merge(t.organisationId(), t.deliveredPart(), Long::sum);
            }
        }
        Map<String, OrganisationSummary> orgs = organisations.findAll(deliveredByOrg.keySet());
        Set<String> served = new HashSet<>();
        deliveredByOrg.forEach((org, h) -> {
            if (h > 0) {
                served.add(org);
            }
        });
        List<Transparency.PublicGroup> byRegion = publicGroups(deliveredByOrg, served,
                o -> o.region() == null ? GroupFigures.UNKNOWN : o.region().name(), orgs);
        List<Transparency.PublicGroup> bySector = publicGroups(deliveredByOrg, served,
                o -> o.sector() == null ? GroupFigures.UNKNOWN : o.sector().name(), orgs);

        Map<String, Long> owedByFirm = new HashMap<>();
        for (ObligationFact o : hours.obligations(null)) {
            if (o.status() != ObligationStatus.CANCELLED) {
                owedByFirm.merge(o.firmId(), (long) o.hoursOwed(), Long::sum);
            }
        }
        Map<String, Long> confirmedByFirm = new HashMap<>();
        for (FirmHours t : summary.byFirm(null, null, null)) {
            if (t.firmId() != null) {
                confirmedByFirm.merge(t.firmId(), t.confirmedPart(), Long::sum);
            }
        }
        long delivered = deliveredByOrg.values().stream().mapToLong(Long::longValue).sum();
        long completions = training.completions(null, null).stream().mapToLong(CompletionTally::completions).sum();
        return new PublicFigures(List.copyOf(byRegion), List.copyOf(bySector), Map.copyOf(owedByFirm),
                Map.copyOf(confirmedByFirm), served.size(), completions, delivered);
    }

    /**
     * The open-data cells of the period, by month, region and sector of the OSBLs: hours delivered
     * and confirmed, projects completed, OSBLs served (with hours delivered that month), courses
     * completed by their members. Learners of no OSBL are not in any cell.
     */
    public List<OpenDataRow> rows(Period period) {
        return recentCells.get(period, () -> computeRows(period));
    }

    private List<OpenDataRow> computeRows(Period period) {
        List<OrganisationHours> tallies = summary.byOrganisation(period.from(), period.to(), null);
        List<ProjectFact> facts = projects.facts(null);
        List<CompletionTally> completions = training.completions(period.start(), period.end());
        Set<String> ids = new HashSet<>();
        tallies.stream().map(OrganisationHours::organisationId).filter(Objects::nonNull).forEach(ids::add);
        facts.stream().filter(p -> period.contains(p.completedAt())).map(ProjectFact::organisationId)
                .filter(Objects::nonNull).forEach(ids::add);
        completions.stream().map(CompletionTally::organisationId).filter(Objects::nonNull).forEach(ids::add);
        Map<String, OrganisationSummary> orgs = organisations.findAll(ids);
        Map<Cell, CellFigures> cells = new TreeMap<>();
        for (OrganisationHours t : tallies) {
            String org = t.organisationId();
            CellFigures f = figures(cells, orgs, org, t.month());
            if (f != null) {
                f.delivered += t.deliveredPart();
                f.confirmed += t.confirmedPart();
                f.deliveredByOrg.merge(org, t.deliveredPart(), Long::sum);
                if (t.deliveredPart() != 0 || t.confirmedPart() != 0) {
                    f.contributors.add(org);
                }
            }
        }
        for (ProjectFact p : facts) {
            if (period.contains(p.completedAt())) {
                CellFigures f = figures(cells, orgs, p.organisationId(),
                        YearMonth.from(p.completedAt().atZone(ZoneOffset.UTC)));
                if (f != null) {
                    f.completed++;
                    f.contributors.add(p.organisationId());
                }
            }
        }
        for (CompletionTally c : completions) {
            CellFigures f = figures(cells, orgs, c.organisationId(), c.month());
            if (f != null) {
                f.courses += c.completions();
                f.contributors.add(c.organisationId());
            }
        }
        List<OpenDataRow> rows = new ArrayList<>();
        cells.forEach((cell, f) -> {
            if (f.contributors.isEmpty()) {
                return;
            }
            if (f.contributors.size() < MIN_ORGANISATIONS) {
                rows.add(new OpenDataRow(cell.month, cell.region, cell.sector, null, null, null, null, null, true));
            } else {
                long served = f.deliveredByOrg.values().stream().filter(h -> h > 0).count();
                rows.add(new OpenDataRow(cell.month, cell.region, cell.sector, f.delivered, f.confirmed, f.completed,
                        served, f.courses, false));
            }
        });
        rows.sort(Comparator.comparing(OpenDataRow::month).thenComparing(OpenDataRow::region)
                .thenComparing(OpenDataRow::sector));
        return List.copyOf(rows);
    }

    /**
     * The open-data cells as JSON: field names in English, regions by name and official code,
     * months as {@code yyyy-MM}; suppressed cells carry no figure.
     */
    public byte[] json(Period period) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (OpenDataRow r : rows(period)) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("month", r.month().toString());
            cell.put("region", r.region());
            cell.put("regionCode", regionCode(r.region()));
            cell.put("sector", r.sector());
            cell.put("suppressed", r.suppressed());
            cell.put("hoursDelivered", r.hoursDelivered());
            cell.put("hoursConfirmed", r.hoursConfirmed());
            cell.put("projectsCompleted", r.projectsCompleted());
            cell.put("organisationsServed", r.organisationsServed());
            cell.put("courseCompletions", r.courseCompletions());
            cells.add(cell);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("dataset", "jumelage-impact");
        document.put("from", period.from() == null ? null : period.from().toString());
        document.put("to", period.to() == null ? null : period.to().toString());
        document.put("monthsIn", "UTC");
        document.put("minimumOrganisationsPerCell", MIN_ORGANISATIONS);
        document.put("cells", cells);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The official two-digit code of a region name, or an empty text for an unknown region. */
    public static String regionCode(String region) {
        try {
            return org.jumelage.shared.domain.Region.valueOf(region).code();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private static List<Transparency.PublicGroup> publicGroups(Map<String, Long> deliveredByOrg, Set<String> served,
            Function<OrganisationSummary, String> key, Map<String, OrganisationSummary> orgs) {
        Map<String, long[]> groups = new TreeMap<>();
        deliveredByOrg.forEach((org, h) -> {
            OrganisationSummary o = orgs.get(org);
            if (o == null || h <= 0) {
                return;
            }
            long[] g = groups.computeIfAbsent(key.apply(o), k -> new long[2]);
            g[0] += h;
            if (served.contains(org)) {
                g[1]++;
            }
        });
        List<Transparency.PublicGroup> rows = new ArrayList<>();
        groups.forEach((k, g) -> rows.add(new Transparency.PublicGroup(k, g[1] < MIN_ORGANISATIONS ? null : g[0])));
        rows.sort(Comparator.comparing((Transparency.PublicGroup g) -> g.hours() == null ? -1 : g.hours()).reversed()
                .thenComparing(Transparency.PublicGroup::key));
        return rows;
    }

    private record Cell(YearMonth month, String region, String sector) implements Comparable<Cell> {
        private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::month).thenComparing(Cell::region)
                .thenComparing(Cell::sector);

        @Override
        public int compareTo(Cell o) {
            return ORDER.compare(this, o);
        }
    }

    private static final class CellFigures {
        long delivered;
        long confirmed;
        long completed;
        long courses;
        final Map<String, Long> deliveredByOrg = new HashMap<>();
        final Set<String> contributors = new HashSet<>();
    }

    private static CellFigures figures(Map<Cell, CellFigures> cells, Map<String, OrganisationSummary> orgs, String org,
            YearMonth month) {
        OrganisationSummary o = org == null ? null : orgs.get(org);
        if (o == null) {
            return null;
        }
        Cell cell = new Cell(month, o.region() == null ? GroupFigures.UNKNOWN : o.region().name(),
                o.sector() == null ? GroupFigures.UNKNOWN : o.sector().name());
        return cells.computeIfAbsent(cell, c -> new CellFigures());
    }
}
