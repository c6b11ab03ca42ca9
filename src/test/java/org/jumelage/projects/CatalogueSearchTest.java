package org.jumelage.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public catalogue: only open projects, keyword search without accents or case, filters, paging. */
class CatalogueSearchTest extends OrganisationsTestSupport {

    @Autowired
    ProjectService projects;

    static Person coordinator;

    String marker;
    String openId;

    @BeforeEach
    void openProjectsOfAVerifiedOrganisation() {
        marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Membre Catalogue");
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coord Catalogue");
        }
        OrganisationDetails organisation = registered(member, "Catalogue " + marker);
        signIn(coordinator);
        review.verify(organisation.id(), organisation.version());
        waiveScoping(organisation.id());
        signIn(member);
        openId = open("Éducation populaire " + marker, "data.power-bi", ProviderKind.FIRM, true, 80).id();
        open("Aide alimentaire " + marker, "web.wordpress", ProviderKind.VOLUNTEER, false, 20);
        for (int i = 0; i < 5; i++) {
            open("Projet de série " + i + " " + marker, "comms.video", ProviderKind.EITHER, true, 10 + i);
        }
        signIn(member);
        projects.create(ProjectServiceTest.complete("Brouillon éducation " + marker));
        signOut();
    }

    private ProjectView open(String title, String skill, ProviderKind kind, boolean remote, int hours) {
        ProjectDraft base = ProjectServiceTest.complete(title);
        ProjectDraft draft = new ProjectDraft(title, "Résumé de " + title, base.problem(), base.expectedOutcome(),
                base.category(), base.dataInvolved(), base.earliestStart(), LocalDate.of(2027, 1, 1).plusDays(hours),
                base.priority(), "", List.of(new SeatSpec(null, "Rôle", List.of(new RequiredSkill(skill,
                        SkillLevel.WORKING)), hours, kind, remote, remote ? null : Region.SAGUENAY_LAC_SAINT_JEAN,
                        WorkingLanguage.FRENCH)), base.checklist(), base.ethics());
        ProjectView created = projects.create(draft);
        ProjectView sent = projects.submit(created.id(), created.version());
        var member = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        signIn(coordinator);
        ProjectView opened = projects.approve(sent.id(), "", sent.version());
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(member);
        return opened;
    }

    private List<CatalogueEntry> search(String keywords) {
        return projects.catalogue(new CatalogueQuery(keywords, null, null, null, null, false, CatalogueSort.TITLE), 0, 50);
    }

    @Test
    void keywords_ignore_accents_and_case_and_drafts_never_show() {
        assertThat(search("EDUCATION " + marker)).extracting(CatalogueEntry::title)
                .containsExactly("Éducation populaire " + marker);
        assertThat(search("éducation " + marker.toUpperCase())).hasSize(1);
        assertThat(search("brouillon " + marker)).isEmpty();
        assertThat(search(marker)).hasSize(7);
    }

    @Test
    void a_visitor_sees_no_contact_details_but_the_organisation_name_and_facts() {
        CatalogueEntry entry = search("education " + marker).get(0);
        assertThat(entry.organisationName()).isEqualTo("Catalogue " + marker);
        assertThat(entry.region()).isEqualTo(Region.SAGUENAY_LAC_SAINT_JEAN);
        assertThat(entry.sector()).isEqualTo(Sector.SOCIAL_WORK);
        assertThat(entry.skillCodes()).containsExactly("data.power-bi");
        assertThat(entry.totalHours()).isEqualTo(80);
    }

    @Test
    void filters_by_skill_provider_kind_remote_region_and_sector() {
        assertThat(projects.catalogue(new CatalogueQuery(marker, null, null, "web.wordpress", null, false, null), 0, 50))
                .extracting(CatalogueEntry::title).containsExactly("Aide alimentaire " + marker);
        assertThat(projects.catalogue(new CatalogueQuery(marker, null, null, null, ProviderKind.FIRM, false, null), 0, 50))
                .extracting(CatalogueEntry::title).hasSize(6).doesNotContain("Aide alimentaire " + marker);
        assertThat(projects.catalogue(new CatalogueQuery(marker, null, null, null, null, true, null), 0, 50)).hasSize(6);
        assertThat(projects.countCatalogue(new CatalogueQuery(marker, Region.SAGUENAY_LAC_SAINT_JEAN,
                Sector.SOCIAL_WORK, null, null, false, null))).isEqualTo(7);
        assertThat(projects.countCatalogue(new CatalogueQuery(marker, Region.MONTREAL, null, null, null, false, null)))
                .isZero();
    }

    @Test
    void pages_do_not_overlap_and_sorting_applies() {
        CatalogueQuery byHours = new CatalogueQuery(marker, null, null, null, null, false, CatalogueSort.HOURS);
        List<CatalogueEntry> first = projects.catalogue(byHours, 0, 3);
        List<CatalogueEntry> second = projects.catalogue(byHours, 3, 3);
        List<CatalogueEntry> third = projects.catalogue(byHours, 6, 3);
        assertThat(first).extracting(CatalogueEntry::totalHours).containsExactly(80, 20, 14);
        assertThat(second).extracting(CatalogueEntry::totalHours).containsExactly(13, 12, 11);
        assertThat(third).extracting(CatalogueEntry::totalHours).containsExactly(10);
        assertThat(projects.countCatalogue(byHours)).isEqualTo(7);
        assertThat(projects.catalogue(new CatalogueQuery(marker, null, null, null, null, false, CatalogueSort.DEADLINE),
                0, 1)).extracting(CatalogueEntry::totalHours).containsExactly(10);
    }
}
