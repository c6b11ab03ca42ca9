package org.jumelage.projects;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jumelage.projects.internal.Project;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Projects as figures for the impact dashboards, read as a projection (no texts of the project
 * travel). Like {@link ProjectHeadlines}, no caller check: the dashboards decide who sees whose
 * figures. Drafts are included (hours may be recorded on them); the dashboards count them only
 * for their own organisation.
 */
@Service
public class ProjectStatistics {

    private final MongoTemplate mongo;

    public ProjectStatistics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Facts of every project, or of the given organisations' when {@code organisationIds} is not null. */
    public List<ProjectFact> facts(Collection<String> organisationIds) {
        Query query = organisationIds == null ? new Query()
                : Query.query(Criteria.where("organisationId").in(organisationIds));
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
