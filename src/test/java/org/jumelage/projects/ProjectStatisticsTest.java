package org.jumelage.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.bson.types.ObjectId;
import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.projects.internal.ProjectWrites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * The project facts the dashboards read are kept a minute: a project written on this node shows at
 * once, one changed by another node (written to the store behind this node's back) once the minute
 * is up; what is kept equals a fresh read of the store.
 */
class ProjectStatisticsTest extends OrganisationsTestSupport {

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectStatistics statistics;
    @Autowired
    ProjectWrites writes;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_project_written_here_shows_at_once_and_one_changed_elsewhere_within_the_minute() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Mia");
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        OrganisationDetails organisation = registered(member, "Maison " + UUID.randomUUID());
        signIn(coordinator);
        review.verify(organisation.id(), organisation.version());
        waiveScoping(organisation.id());
        signIn(member);
        statistics.facts(null);

        ProjectView draft = projects.create(ProjectServiceTest.complete("Tableau " + UUID.randomUUID()));
        assertThat(fact(draft.id()).status()).isEqualTo(ProjectStatus.DRAFT);
        ProjectView sent = projects.submit(draft.id(), draft.version());
        ProjectFact submitted = fact(sent.id());
        assertThat(submitted.status()).isEqualTo(ProjectStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(submitted.organisationId()).isEqualTo(organisation.id());
        assertThat(submitted.seats()).isEqualTo(1);
        assertThat(submitted.totalHours()).isEqualTo(60);
        assertThat(statistics.facts(List.of(organisation.id()))).containsExactly(submitted);
        ProjectStatistics uncached = new ProjectStatistics(mongo, writes, clock, Duration.ZERO);
        assertThat(statistics.facts(null)).containsExactlyInAnyOrderElementsOf(uncached.facts(null));

        // Another node cancels it: no write event here, so the kept facts stay until their minute is up.
        mongo.getCollection("projects").updateOne(Filters.eq("_id", new ObjectId(sent.id())),
                Updates.set("status", ProjectStatus.CANCELLED.name()));
        assertThat(fact(sent.id()).status()).isEqualTo(ProjectStatus.SUBMITTED);
        assertThat(uncached.facts(List.of(organisation.id()))).singleElement()
                .extracting(ProjectFact::status).isEqualTo(ProjectStatus.CANCELLED);
        clock.advance(Duration.ofSeconds(61));
        assertThat(fact(sent.id()).status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(statistics.facts(List.of(organisation.id()))).singleElement()
                .extracting(ProjectFact::status).isEqualTo(ProjectStatus.CANCELLED);
    }

    private ProjectFact fact(String projectId) {
        return statistics.facts(null).stream().filter(p -> p.id().equals(projectId)).findFirst().orElseThrow();
    }
}
