package org.jumelage.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.training.internal.CourseStore;
import org.jumelage.training.internal.Enrolment;
import org.springframework.stereotype.Service;

import jakarta.annotation.security.RolesAllowed;

/**
 * Enrolments and completions for coordinators, per course, per OSBL (learners who belong to one)
 * and per region of that OSBL. Learners outside any OSBL count under "no organisation".
 */
@Service
public class TrainingReports {

    /** The key of learners who belong to no organisation, in the per-OSBL and per-region rows. */
    public static final String NONE = "";

    private final CourseStore store;
    private final OrganisationDirectory organisations;

    public TrainingReports(CourseStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    /** One line of a report. */
    public record Row(String key, String label, int enrolled, int completed) {
    }

    /** The three tables. Per-course labels are course codes; the view shows titles. */
    public record Report(List<Row> byCourse, List<Row> byOrganisation, List<Row> byRegion) {
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public Report report(String courseCode) {
        List<Enrolment> all = store.enrolments().findAll().stream()
                .filter(e -> courseCode == null || courseCode.equals(e.getCourseCode())).toList();
        Map<String, Optional<OrganisationSummary>> orgOfUser = new HashMap<>();
        Set<String> users = all.stream().map(Enrolment::getUserId).collect(Collectors.toSet());
        users.forEach(u -> orgOfUser.put(u, organisations.ofMember(u)));
        Map<String, int[]> byCourse = new TreeMap<>();
        Map<String, int[]> byOrg = new TreeMap<>();
        Map<String, int[]> byRegion = new TreeMap<>();
        Map<String, String> orgNames = new HashMap<>();
        for (Enrolment e : all) {
            Optional<OrganisationSummary> org = orgOfUser.get(e.getUserId());
            count(byCourse, e.getCourseCode(), e);
            String orgKey = org.map(OrganisationSummary::id).orElse(NONE);
            org.ifPresent(o -> orgNames.put(o.id(), o.legalName()));
            count(byOrg, orgKey, e);
            count(byRegion, org.map(o -> o.region() == null ? NONE : o.region().name()).orElse(NONE), e);
        }
        Map<String, String> titles = new HashMap<>();
        byCourse.keySet().forEach(code -> store.courses().findFirstByCodeOrderByRevisionDesc(code)
                .ifPresent(c -> titles.put(code, c.getContent().title().fr())));
        return new Report(rows(byCourse, titles), rows(byOrg, orgNames), rows(byRegion, Map.of()));
    }

    private static void count(Map<String, int[]> table, String key, Enrolment e) {
        int[] n = table.computeIfAbsent(key, k -> new int[2]);
        n[0]++;
        if (e.getCompletedAt() != null) {
            n[1]++;
        }
    }

    private static List<Row> rows(Map<String, int[]> table, Map<String, String> labels) {
        List<Row> rows = new ArrayList<>();
        table.forEach((k, n) -> rows.add(new Row(k, labels.getOrDefault(k, k), n[0], n[1])));
        rows.sort(Comparator.comparingInt(Row::enrolled).reversed().thenComparing(Row::label));
        return rows;
    }
}
