package org.jumelage.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.support.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Project rules in the service: lifecycle, review, permissions across organisations, e-mails. */
class ProjectServiceTest extends OrganisationsTestSupport {

    @Autowired
    ProjectService projects;

    /** One coordinator for the class: every coordinator is mailed on each submission. */
    static Person sharedCoordinator;

    Person member;
    Person coordinator;
    OrganisationDetails organisation;

    @BeforeEach
    void verifiedOrganisationWithOneMember() {
        member = person(Role.OSBL_MEMBER, Locale.ENGLISH, "Mia Member");
        if (sharedCoordinator == null) {
            sharedCoordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie Coordonnatrice");
        }
        coordinator = sharedCoordinator;
        organisation = registered(member, "Maison " + UUID.randomUUID());
        signIn(coordinator);
        review.verify(organisation.id(), organisation.version());
        waiveScoping(organisation.id());
        signIn(member);
    }

    static ProjectDraft complete(String title) {
        return new ProjectDraft(title, "Un résumé clair du projet.", "Le problème.", "Le résultat.",
                ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.PERSONAL, LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 6, 30), Priority.NORMAL, "",
                List.of(new SeatSpec(null, "Analyste", List.of(new RequiredSkill("data.power-bi", SkillLevel.ADVANCED)),
                        60, ProviderKind.FIRM, true, null, WorkingLanguage.FRENCH)),
                new ScopingChecklist("Un tableau de bord", "La directrice", "Extraction anonymisée", 6),
                new EthicsAnswers("Compilation", "Accompagnement", JobImpact.NONE, "Formulaire signé",
                        "Codes postaux seulement", "Un an", "Biais de langue vérifié", "Révision humaine"));
    }

    private ProjectView submitted(String title) {
        ProjectView draft = projects.create(complete(title));
        return projects.submit(draft.id(), draft.version());
    }

    @Test
    void a_draft_is_submitted_reviewed_and_opened_with_every_step_recorded_and_mailed() throws Exception {
        ProjectView draft = projects.create(ProjectDraft.titled("Tableau de bord alimentaire"));
        assertThat(draft.status()).isEqualTo(ProjectStatus.DRAFT);
        ProjectView saved = projects.saveDraft(draft.id(), complete("Tableau de bord alimentaire"), draft.version());
        ProjectView sent = projects.submit(saved.id(), saved.version());
        assertThat(sent.status()).isEqualTo(ProjectStatus.SUBMITTED);

        MimeMessage toCoordinator = Mailbox.awaitMessages(coordinator.email(), 1, java.time.Duration.ofSeconds(60))
                .stream().filter(m -> Mailbox.text(m).contains(sent.id())).findFirst().orElseThrow();
        assertThat(toCoordinator.getSubject()).isEqualTo("Un projet attend votre révision");
        assertThat(Mailbox.text(toCoordinator)).contains("Tableau de bord alimentaire").contains("/project/" + sent.id());

        signIn(coordinator);
        ProjectView open = projects.approve(sent.id(), "Bien cadré", sent.version());
        assertThat(open.status()).isEqualTo(ProjectStatus.OPEN);
        assertThat(open.timeline()).extracting(Transition::to)
                .containsExactly(ProjectStatus.DRAFT, ProjectStatus.SUBMITTED, ProjectStatus.OPEN);
        Transition approval = open.timeline().get(2);
        assertThat(approval.from()).isEqualTo(ProjectStatus.SUBMITTED);
        assertThat(approval.byUserId()).isEqualTo(coordinator.id());
        assertThat(approval.comment()).isEqualTo("Bien cadré");
        assertThat(approval.at()).isNotNull();

        // The member first got the organisation's verification mail, then this decision.
        MimeMessage decision = Mailbox.awaitMessages(member.email(), 2, java.time.Duration.ofSeconds(30)).get(1);
        assertThat(decision.getSubject()).isEqualTo("Decision on your project");
        assertThat(Mailbox.text(decision)).contains("approved and open for matching").contains("Bien cadré");
    }

    @Test
    void an_organisation_that_is_not_verified_cannot_submit() {
        Person other = person(Role.OSBL_MEMBER, Locale.FRENCH, "Pat Pending");
        registered(other, "Organisme en attente " + UUID.randomUUID());
        ProjectView draft = projects.create(complete("Projet en attente de vérification"));
        assertThatThrownBy(() -> projects.submit(draft.id(), draft.version()))
                .isInstanceOf(ProjectException.class).hasMessage("project.organisationNotVerified");
        assertThat(projects.get(draft.id()).status()).isEqualTo(ProjectStatus.DRAFT);
    }

    @Test
    void an_incomplete_project_is_refused_with_each_missing_field() {
        ProjectView draft = projects.create(ProjectDraft.titled("Projet incomplet"));
        assertThatThrownBy(() -> projects.submit(draft.id(), draft.version()))
                .isInstanceOf(ProjectException.class).hasMessage("project.incomplete")
                .satisfies(e -> assertThat(((ProjectException) e).problems()).extracting(FieldProblem::field)
                        .contains("summary", "seats", "ethics.jobImpact", "checklist.deliverables"));
        assertThat(projects.get(draft.id()).status()).isEqualTo(ProjectStatus.DRAFT);
    }

    @Test
    void bad_input_is_refused_and_nothing_is_stored() {
        ProjectView draft = projects.create(complete("Projet valide au départ"));
        ProjectDraft bad = new ProjectDraft("Projet valide au départ", "x".repeat(501), "", "", null, null,
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1), Priority.NORMAL, "",
                List.of(new SeatSpec(null, "Rôle", List.of(new RequiredSkill("no.such-skill", SkillLevel.BASIC)), 5000,
                        ProviderKind.FIRM, true, null, WorkingLanguage.FRENCH)), null, null);
        assertThatThrownBy(() -> projects.saveDraft(draft.id(), bad, draft.version()))
                .isInstanceOf(ProjectException.class)
                .satisfies(e -> assertThat(((ProjectException) e).problems()).extracting(FieldProblem::field)
                        .contains("summary", "deadline", "seats[0].hours", "seats[0].requiredSkills"));
        ProjectView stored = projects.get(draft.id());
        assertThat(stored.version()).isEqualTo(draft.version());
        assertThat(stored.content().summary()).isEqualTo("Un résumé clair du projet.");
    }

    @Test
    void html_typed_into_a_field_is_stored_as_text() {
        String title = "<b>Gras</b> <script>alert('x')</script>";
        ProjectView draft = projects.create(ProjectDraft.titled(title));
        assertThat(projects.get(draft.id()).title()).isEqualTo(title);
    }

    @Test
    void the_second_of_two_concurrent_saves_is_refused_and_the_first_is_kept() {
        ProjectView draft = projects.create(complete("Deux personnes à la fois"));
        projects.saveDraft(draft.id(), complete("Première version enregistrée"), draft.version());
        assertThatThrownBy(() -> projects.saveDraft(draft.id(), complete("Seconde version"), draft.version()))
                .isInstanceOf(ProjectException.class).hasMessage("common.concurrentEdit");
        assertThat(projects.get(draft.id()).title()).isEqualTo("Première version enregistrée");
    }

    @Test
    void a_member_of_another_organisation_can_neither_read_nor_change_the_project() {
        ProjectView draft = projects.create(complete("Projet confidentiel"));
        Person stranger = person(Role.OSBL_MEMBER, Locale.FRENCH, "Sam Stranger");
        registered(stranger, "Autre organisme " + UUID.randomUUID());
        assertThatThrownBy(() -> projects.get(draft.id())).hasMessage("project.notFound");
        assertThatThrownBy(() -> projects.saveDraft(draft.id(), complete("Piraté"), draft.version()))
                .hasMessage("project.notFound");
        assertThatThrownBy(() -> projects.cancel(draft.id(), "Par malice", draft.version()))
                .hasMessage("project.notFound");
        assertThat(projects.mine(null)).extracting(ProjectView::id).doesNotContain(draft.id());
        signIn(member);
        assertThat(projects.get(draft.id()).title()).isEqualTo("Projet confidentiel");
    }

    @Test
    void only_coordinators_review_and_a_volunteer_cannot_post() {
        ProjectView sent = submitted("Projet à réviser");
        assertThatThrownBy(() -> projects.approve(sent.id(), "", sent.version())).isInstanceOf(AccessDeniedException.class);
        signIn(person(Role.VOLUNTEER, Locale.FRENCH, "Val Volunteer"));
        assertThatThrownBy(() -> projects.create(complete("Projet de bénévole"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.reviewQueue(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void illegal_transitions_are_refused_with_a_message() {
        ProjectView draft = projects.create(complete("Projet pas encore soumis"));
        signIn(coordinator);
        assertThatThrownBy(() -> projects.approve(draft.id(), "", draft.version()))
                .hasMessage("project.transition.illegal");
        assertThatThrownBy(() -> projects.complete(draft.id(), draft.version()))
                .hasMessage("project.transition.illegal");
        ProjectView cancelled = projects.cancel(draft.id(), "Plus nécessaire", draft.version());
        assertThatThrownBy(() -> projects.cancel(cancelled.id(), "Encore", cancelled.version()))
                .hasMessage("project.transition.illegal");
        assertThat(projects.get(draft.id()).status()).isEqualTo(ProjectStatus.CANCELLED);
    }

    @Test
    void changes_requested_send_the_project_back_to_draft_and_rejection_needs_a_reason() {
        ProjectView sent = submitted("Projet à préciser");
        signIn(coordinator);
        assertThatThrownBy(() -> projects.requestChanges(sent.id(), " ", sent.version()))
                .hasMessage("project.review.commentRequired");
        ProjectView back = projects.requestChanges(sent.id(), "Précisez les livrables", sent.version());
        assertThat(back.status()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(back.lastReviewComment()).isEqualTo("Précisez les livrables");

        signIn(member);
        ProjectView again = projects.submit(back.id(), back.version());
        signIn(coordinator);
        assertThatThrownBy(() -> projects.reject(again.id(), "", again.version()))
                .hasMessage("project.review.reasonRequired");
        assertThat(projects.reject(again.id(), "Hors mandat", again.version()).status())
                .isEqualTo(ProjectStatus.REJECTED);
    }

    @Test
    void a_project_that_cuts_jobs_is_flagged_and_cannot_be_approved() {
        ProjectDraft base = complete("Robot à la réception");
        ProjectDraft cutting = new ProjectDraft(base.title(), base.summary(), base.problem(), base.expectedOutcome(),
                base.category(), base.dataInvolved(), base.earliestStart(), base.deadline(), base.priority(), "",
                base.seats(), base.checklist(), new EthicsAnswers("Accueil", "Rien", JobImpact.REDUCTION, "Oui",
                        "Oui", "Un an", "Aucun", "Aucune"));
        ProjectView draft = projects.create(cutting);
        ProjectView sent = projects.submit(draft.id(), draft.version());
        assertThat(sent.jobReductionFlag()).isTrue();
        signIn(coordinator);
        assertThat(projects.reviewQueue(new ReviewFilter(ProjectStatus.SUBMITTED, null, null), 0, 500))
                .filteredOn(p -> p.id().equals(sent.id())).singleElement()
                .satisfies(p -> assertThat(p.jobReductionFlag()).isTrue());
        assertThatThrownBy(() -> projects.approve(sent.id(), "", sent.version()))
                .hasMessage("project.review.reductionIneligible");
        assertThat(projects.get(sent.id()).status()).isEqualTo(ProjectStatus.SUBMITTED);
    }

    @Test
    void the_review_queue_is_oldest_first_and_filters_by_region_and_sector() {
        ProjectView first = submitted("Premier soumis");
        ProjectView second = submitted("Deuxième soumis");
        signIn(coordinator);
        List<String> queue = projects.reviewQueue(new ReviewFilter(ProjectStatus.SUBMITTED,
                Region.SAGUENAY_LAC_SAINT_JEAN, Sector.SOCIAL_WORK), 0, 1000).stream().map(ProjectView::id).toList();
        assertThat(queue).containsSubsequence(first.id(), second.id());
        assertThat(projects.reviewQueue(new ReviewFilter(ProjectStatus.SUBMITTED, Region.OUTAOUAIS, null), 0, 1000))
                .extracting(ProjectView::id).doesNotContain(first.id(), second.id());
    }
}
