package org.jumelage.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.bson.types.ObjectId;
import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.projects.internal.CatalogueSnapshot;
import org.jumelage.projects.internal.Project;
import org.jumelage.projects.internal.ProjectQueries;
import org.jumelage.projects.internal.ProjectWrites;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * On the embedded store the catalogue is read from open projects kept in memory: it answers every
 * page and count as the store's own query does, shows a project the moment it opens or leaves the
 * open state on this node, is not dropped by drafts, and shows a change made behind this node's back
 * once its minute is up.
 */
class CatalogueSnapshotTest extends OrganisationsTestSupport {

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectQueries queries;
    @Autowired
    CatalogueSnapshot snapshot;
    @Autowired
    ProjectWrites writes;
    @Autowired
    MongoTemplate mongo;

    static Person coordinator;

    String marker;
    Person member;
    OrganisationDetails organisation;

    @BeforeEach
    void aVerifiedOrganisation() {
        marker = "zs" + UUID.randomUUID().toString().substring(0, 8);
        member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Membre Instantané");
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coord Instantané");
        }
        organisation = registered(member, "Instantané " + marker);
        signIn(coordinator);
        review.verify(organisation.id(), organisation.version());
        waiveScoping(organisation.id());
        signIn(member);
    }

    @Test
    void the_embedded_store_reads_the_catalogue_from_memory() {
        assertThat(snapshot.enabled()).isTrue();
    }

    @Test
    void every_page_and_count_equals_the_stores_answer() {
        // Ties on purpose: equal hours, equal deadlines, same words.
        String[] skills = {"data.power-bi", "web.wordpress", "comms.video"};
        ProviderKind[] kinds = {ProviderKind.FIRM, ProviderKind.VOLUNTEER, ProviderKind.EITHER};
        for (int i = 0; i < 9; i++) {
            open("Atelier " + (i % 2 == 0 ? "éducation " : "données ") + (i % 4) + " " + marker, skills[i % 3],
                    kinds[i % 3], i % 2 == 0, 10 + (i % 3) * 5, LocalDate.of(2027, 3, 1 + i % 2));
        }
        signOut();

        List<CatalogueQuery> asked = new ArrayList<>();
        for (CatalogueSort sort : CatalogueSort.values()) {
            asked.add(new CatalogueQuery(marker, null, null, null, null, false, sort));
            asked.add(new CatalogueQuery("EDUCATION " + marker, null, null, null, null, false, sort));
            asked.add(new CatalogueQuery(marker + " atelier", null, null, "web.wordpress", null, false, sort));
            asked.add(new CatalogueQuery(marker, null, null, null, ProviderKind.FIRM, false, sort));
            asked.add(new CatalogueQuery(marker, null, null, null, ProviderKind.VOLUNTEER, true, sort));
            asked.add(new CatalogueQuery(marker + " absent", null, null, null, null, false, sort));
            asked.add(new CatalogueQuery(null, null, null, null, null, false, sort));
        }
        List<List<String>> organisationFilters = new ArrayList<>();
        organisationFilters.add(null);
        organisationFilters.add(List.of(organisation.id()));
        organisationFilters.add(List.of("0123456789abcdef01234567"));
        for (CatalogueQuery query : asked) {
            for (List<String> organisationIds : organisationFilters) {
                assertThat(queries.countCatalogue(query, organisationIds)).as("count of %s", query)
                        .isEqualTo(queries.countCatalogueInStore(query, organisationIds));
                for (int offset : new int[] {0, 2, 7, 50}) {
                    assertThat(ids(queries.catalogue(query, organisationIds, offset, 3)))
                            .as("page at %d of %s", offset, query)
                            .isEqualTo(ids(queries.catalogueInStore(query, organisationIds, offset, 3)));
                }
            }
        }
        assertThat(queries.countCatalogue(new CatalogueQuery(marker, null, null, null, null, false, null), null))
                .isEqualTo(9);
    }

    @Test
    void a_project_shows_when_it_opens_and_goes_when_it_leaves_and_drafts_keep_the_snapshot() {
        CatalogueQuery mine = new CatalogueQuery(marker, null, null, null, null, false, null);
        assertThat(projects.countCatalogue(mine)).isZero();

        long before = writes.catalogueRevision();
        ProjectView draft = projects.create(ProjectServiceTest.complete("Brouillon " + marker));
        ProjectView sent = projects.submit(draft.id(), draft.version());
        assertThat(writes.catalogueRevision()).as("drafts and submissions leave the catalogue as it is")
                .isEqualTo(before);
        assertThat(projects.countCatalogue(mine)).isZero();

        signIn(coordinator);
        ProjectView opened = projects.approve(sent.id(), "", sent.version());
        assertThat(projects.catalogue(mine, 0, 10)).extracting(CatalogueEntry::projectId).containsExactly(opened.id());
        assertThat(projects.countCatalogue(mine)).isEqualTo(1);

        projects.cancel(opened.id(), "Plus nécessaire", opened.version());
        assertThat(projects.catalogue(mine, 0, 10)).isEmpty();
        assertThat(projects.countCatalogue(mine)).isZero();
        signOut();
    }

    @Test
    void a_change_made_behind_this_nodes_back_shows_once_the_minute_is_up() {
        ProjectView opened = open("Jardin " + marker, "web.wordpress", ProviderKind.EITHER, true, 30, LocalDate.of(2027, 5, 1));
        signOut();
        CatalogueQuery mine = new CatalogueQuery(marker, null, null, null, null, false, null);
        assertThat(projects.catalogue(mine, 0, 10)).extracting(CatalogueEntry::totalHours).containsExactly(30);

        mongo.getCollection("projects").updateOne(Filters.eq("_id", new ObjectId(opened.id())),
                Updates.set("totalHours", 31));
        assertThat(projects.catalogue(mine, 0, 10)).extracting(CatalogueEntry::totalHours).containsExactly(30);
        clock.advance(Duration.ofSeconds(61));
        assertThat(projects.catalogue(mine, 0, 10)).extracting(CatalogueEntry::totalHours).containsExactly(31);
    }

    private ProjectView open(String title, String skill, ProviderKind kind, boolean remote, int hours,
            LocalDate deadline) {
        ProjectDraft base = ProjectServiceTest.complete(title);
        ProjectDraft draft = new ProjectDraft(title, "Résumé de " + title, base.problem(), base.expectedOutcome(),
                base.category(), base.dataInvolved(), base.earliestStart(), deadline, base.priority(), "",
                List.of(new SeatSpec(null, "Rôle", List.of(new RequiredSkill(skill, SkillLevel.WORKING)), hours, kind,
                        remote, remote ? null : Region.SAGUENAY_LAC_SAINT_JEAN, WorkingLanguage.FRENCH)),
                base.checklist(), base.ethics());
        ProjectView created = projects.create(draft);
        ProjectView sent = projects.submit(created.id(), created.version());
        var asMember = SecurityContextHolder.getContext().getAuthentication();
        signIn(coordinator);
        ProjectView opened = projects.approve(sent.id(), "", sent.version());
        SecurityContextHolder.getContext().setAuthentication(asMember);
        return opened;
    }

    private static List<String> ids(List<Project> page) {
        return page.stream().map(Project::getId).toList();
    }
}
