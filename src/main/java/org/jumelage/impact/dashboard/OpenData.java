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

import org.jumelage.firms.HoursStatistics;
import org.jumelage.firms.HoursTally;
import org.jumelage.firms.ObligationFact;
import org.jumelage.firms.ObligationStatus;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.projects.ProjectFact;
import org.jumelage.projects.ProjectStatistics;
import org.jumelage.training.CompletionTally;
import org.jumelage.training.TrainingStatistics;
import org.springframework.stereotype.Service;

/**
 * Anonymised aggregates fit for publication: the public transparency page and the open-data export.
 * Anyone may read them (no caller check): they hold sums only, and every group or cell to which
 * fewer than {@link #MIN_ORGANISATIONS} OSBLs contribute is suppressed (its figures left out), so
 * that no single organisation's hours, projects or courses can be read from them. Firms appear by
 * name only when they opted in.
 */
@Service
public class OpenData {

    /** Smallest number of OSBLs behind a published figure. */
    public static final int MIN_ORGANISATIONS = 3;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final HoursStatistics hours;
    private final ProjectStatistics projects;
    private final TrainingStatistics training;
    private final OrganisationDirectory organisations;

    public OpenData(HoursStatistics hours, ProjectStatistics projects, TrainingStatistics training,
            OrganisationDirectory organisations) {
        this.hours = hours;
        this.projects = projects;
        this.training = training;
        this.organisations = organisations;
    }

    /** The public transparency page, all time. */
    public Transparency transparency() {
        Joined data = join(Period.ALL);
        Map<String, Long> deliveredByOrg = new HashMap<>();
        for (HoursTally t : data.tallies) {
            String org = data.organisationOfProject.get(t.projectId());
            if (org != null) {
                deliveredByOrg.merge(org, t.deliveredPart(), Long::sum);
            }
        }
        Set<String> served = new HashSet<>();
        deliveredByOrg.forEach((org, h) -> {
            if (h > 0) {
                served.add(org);
            }
        });
        List<Transparency.PublicGroup> byRegion = publicGroups(deliveredByOrg, served,
                o -> o.region() == null ? GroupFigures.UNKNOWN : o.region().name(), data.orgs);
        List<Transparency.PublicGroup> bySector = publicGroups(deliveredByOrg, served,
                o -> o.sector() == null ? GroupFigures.UNKNOWN : o.sector().name(), data.orgs);

        Map<String, String> publishing = hours.firmsPublishingFulfilment();
        Map<String, long[]> byFirm = new LinkedHashMap<>();
        publishing.keySet().forEach(id -> byFirm.put(id, new long[2]));
        for (ObligationFact o : hours.obligations(null)) {
            if (byFirm.containsKey(o.firmId()) && o.status() != ObligationStatus.CANCELLED) {
                byFirm.get(o.firmId())[0] += o.hoursOwed();
            }
        }
        for (HoursTally t : data.tallies) {
            if (t.firmId() != null && byFirm.containsKey(t.firmId())) {
                byFirm.get(t.firmId())[1] += t.confirmedPart();
            }
        }
        List<Transparency.FirmFulfilment> firms = new ArrayList<>();
        byFirm.forEach((id, f) -> firms.add(new Transparency.FirmFulfilment(publishing.get(id), f[0], f[1])));
        long delivered = deliveredByOrg.values().stream().mapToLong(Long::longValue).sum();
        return new Transparency(byRegion, bySector, firms, served.size(),
                data.completions.stream().mapToLong(CompletionTally::completions).sum(), delivered);
    }

    /**
     * The open-data cells of the period, by month, region and sector of the OSBLs: hours delivered
     * and confirmed, projects completed, OSBLs served (with hours delivered that month), courses
     * completed by their members. Learners of no OSBL are not in any cell.
     */
    public List<OpenDataRow> rows(Period period) {
        Joined data = join(period);
        Map<Cell, CellFigures> cells = new TreeMap<>();
        for (HoursTally t : data.tallies) {
            String org = data.organisationOfProject.get(t.projectId());
            CellFigures f = figures(cells, data.orgs, org, t.month());
            if (f != null) {
                f.delivered += t.deliveredPart();
                f.confirmed += t.confirmedPart();
                f.deliveredByOrg.merge(org, t.deliveredPart(), Long::sum);
                if (t.deliveredPart() != 0 || t.confirmedPart() != 0) {
                    f.contributors.add(org);
                }
            }
        }
        for (ProjectFact p : data.facts) {
            if (period.contains(p.completedAt())) {
                CellFigures f = figures(cells, data.orgs, p.organisationId(),
                        YearMonth.from(p.completedAt().atZone(ZoneOffset.UTC)));
                if (f != null) {
                    f.completed++;
                    f.contributors.add(p.organisationId());
                }
            }
        }
        for (CompletionTally c : data.completions) {
            CellFigures f = figures(cells, data.orgs, c.organisationId(), c.month());
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
        return rows;
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

    private record Joined(List<HoursTally> tallies, List<ProjectFact> facts, Map<String, String> organisationOfProject,
            Map<String, OrganisationSummary> orgs, List<CompletionTally> completions) {
    }

    private Joined join(Period period) {
        List<HoursTally> tallies = hours.tallies(period.start(), period.end(), null, null);
        List<ProjectFact> facts = projects.facts(null);
        Map<String, String> organisationOfProject = new HashMap<>();
        facts.forEach(p -> organisationOfProject.put(p.id(), p.organisationId()));
        List<CompletionTally> completions = training.completions(period.start(), period.end());
        Set<String> ids = new HashSet<>(organisationOfProject.values());
        completions.stream().map(CompletionTally::organisationId).filter(Objects::nonNull).forEach(ids::add);
        return new Joined(tallies, facts, organisationOfProject, organisations.findAll(ids), completions);
    }

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
        @Override
        public int compareTo(Cell o) {
            return Comparator.comparing(Cell::month).thenComparing(Cell::region).thenComparing(Cell::sector)
                    .compare(this, o);
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
