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
        return mongo.find(query, Project.class).stream().map(ProjectStatistics::fact).toList();
    }

    private static ProjectFact fact(Project p) {
        return new ProjectFact(p.getId(), p.getOrganisationId(), p.getStatus(), first(p, ProjectStatus.SUBMITTED),
                p.getOpenedAt(), first(p, ProjectStatus.MATCHED), first(p, ProjectStatus.COMPLETED),
                p.getSeats().size(), p.getTotalHours());
    }

    private static Instant first(Project p, ProjectStatus to) {
        return p.getTransitions().stream().filter(t -> t.to() == to && t.at() != null).map(Transition::at)
                .min(Instant::compareTo).orElse(null);
    }
}
