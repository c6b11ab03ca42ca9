package org.jumelage.projects;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.jumelage.projects.internal.Project;
import org.jumelage.projects.internal.ProjectWrites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Projects as figures for the impact dashboards, read as a projection (no texts of the project
 * travel). Like {@link ProjectHeadlines}, no caller check: the dashboards decide who sees whose
 * figures. Drafts are included (hours may be recorded on them); the dashboards count them only
 * for their own organisation.
 * <p>
 * The facts of all projects are kept for a short time ({@code jumelage.dashboard.project-facts-ttl},
 * one minute by default) and dropped as soon as this node writes a project, so the coordinators'
 * dashboard and the open data do not read every project at each request. A change made by another
 * node shows when the time is up.
 */
@Service
public class ProjectStatistics {

    private record Snapshot(List<ProjectFact> facts, Instant at, long revision) {
    }

    private final MongoTemplate mongo;
    private final ProjectWrites writes;
    private final Clock clock;
    private final Duration ttl;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    public ProjectStatistics(MongoTemplate mongo, ProjectWrites writes, Clock clock,
            @Value("${jumelage.dashboard.project-facts-ttl:PT1M}") Duration ttl) {
        this.mongo = mongo;
        this.writes = writes;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Facts of every project, or of the given organisations' when {@code organisationIds} is not null. */
    public List<ProjectFact> facts(Collection<String> organisationIds) {
        if (organisationIds == null) {
            return all();
        }
        Snapshot kept = current();
        if (kept != null) {
            Set<String> wanted = new HashSet<>(organisationIds);
            return kept.facts().stream().filter(p -> wanted.contains(p.organisationId())).toList();
        }
        return read(Query.query(Criteria.where("organisationId").in(organisationIds)));
    }

    private List<ProjectFact> all() {
        Snapshot kept = current();
        if (kept != null) {
            return kept.facts();
        }
        Instant now = clock.instant();
        // Read before the projects: a write meanwhile leaves this snapshot stale, never a stale one current.
        long revision = writes.revision();
        List<ProjectFact> facts = read(new Query());
        if (!ttl.isZero()) {
            snapshot.set(new Snapshot(facts, now, revision));
        }
        return facts;
    }

    /** The kept snapshot while it is current: no project written since on this node, and within its time. */
    private Snapshot current() {
        Snapshot kept = snapshot.get();
        if (kept == null || kept.revision() != writes.revision()) {
            return null;
        }
        Instant now = clock.instant();
        return !now.isBefore(kept.at()) && now.isBefore(kept.at().plus(ttl)) ? kept : null;
    }

    private List<ProjectFact> read(Query query) {
        query.fields().include("organisationId", "status", "openedAt", "transitions.at", "transitions.to",
                "seats.id", "totalHours");
        // Raw documents: a projection cannot be mapped onto Project (its seats would lack their hours).
        return mongo.find(query, org.bson.Document.class, mongo.getCollectionName(Project.class)).stream()
                .map(ProjectStatistics::fact).toList();
    }

    private static ProjectFact fact(org.bson.Document p) {
        List<?> seats = p.getList("seats", Object.class);
        Number total = p.get("totalHours", Number.class);
        java.util.Date opened = p.getDate("openedAt");
        return new ProjectFact(String.valueOf(p.get("_id")), p.getString("organisationId"),
                ProjectStatus.valueOf(p.getString("status")), first(p, ProjectStatus.SUBMITTED),
                opened == null ? null : opened.toInstant(), first(p, ProjectStatus.MATCHED),
                first(p, ProjectStatus.COMPLETED), seats == null ? 0 : seats.size(), total == null ? 0 : total.intValue());
    }

    private static Instant first(org.bson.Document p, ProjectStatus to) {
        List<org.bson.Document> transitions = p.getList("transitions", org.bson.Document.class);
        if (transitions == null) {
            return null;
        }
        return transitions.stream().filter(t -> to.name().equals(t.getString("to")) && t.getDate("at") != null)
                .map(t -> t.getDate("at").toInstant()).min(Instant::compareTo).orElse(null);
    }
}
