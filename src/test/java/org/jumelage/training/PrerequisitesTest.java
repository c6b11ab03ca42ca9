package org.jumelage.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.projects.ProjectException;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectServiceTestAccess;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProjectView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The prerequisites other features read from training: an organisation submits a project only once
 * a member completed the scoping course or a coordinator waived it; the privacy course completions
 * are the matching solver's facts.
 */
class PrerequisitesTest extends TrainingTestSupport {

    @Autowired
    ProjectService projects;

    static Person coordinator;
    Person member;
    Person colleague;
    OrganisationDetails organisation;

    @BeforeEach
    void aVerifiedOrganisationWithTwoMembersAndTheStarterCourses() {
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination Prérequis");
        }
        installStarterCourses();
        member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Marie Membre");
        organisation = registered(member, "Prérequis " + UUID.randomUUID());
        signIn(coordinator);
        review.verify(organisation.id(), organisation.version());
        colleague = person(Role.OSBL_MEMBER, Locale.FRENCH, "Colette Collègue");
        signIn(member);
    }

    private void completeScoping() {
        learning.enrol(TrainingRecords.SCOPING_COURSE);
        LearnerCourse c = learning.course(TrainingRecords.SCOPING_COURSE);
        c.course().content().lessonKeys().forEach(l -> learning.markRead(TrainingRecords.SCOPING_COURSE, l));
        for (var m : c.course().content().modules()) {
            Map<String, java.util.Set<String>> answers = new java.util.HashMap<>();
            m.quiz().questions().forEach(q -> answers.put(q.key(), new java.util.HashSet<>(q.choices().stream()
                    .filter(CourseContent.Choice::correct).map(CourseContent.Choice::key).toList())));
            assertThat(learning.submitQuiz(TrainingRecords.SCOPING_COURSE, m.key(), answers).passed()).isTrue();
        }
    }

    @Test
    void a_project_is_refused_until_a_member_completes_the_scoping_course() {
        ProjectView draft = projects.create(ProjectServiceTestAccess.complete("Projet sous condition"));
        assertThat(records.scopingCleared(organisation.id())).isFalse();
        assertThatThrownBy(() -> projects.submit(draft.id(), draft.version())).isInstanceOf(ProjectException.class)
                .hasMessage("project.scopingRequired");
        assertThat(projects.get(draft.id()).status()).isEqualTo(ProjectStatus.DRAFT);

        completeScoping();
        assertThat(records.scopingCleared(organisation.id())).isTrue();
        ProjectView again = projects.get(draft.id());
        assertThat(projects.submit(again.id(), again.version()).status()).isEqualTo(ProjectStatus.SUBMITTED);
    }

    @Test
    void a_coordinator_waiver_with_a_reason_unblocks_and_its_revocation_blocks_again() {
        ProjectView draft = projects.create(ProjectServiceTestAccess.complete("Projet avec dispense"));
        assertThatThrownBy(() -> scopingWaivers.waive(organisation.id(), "Parce que"))
                .isInstanceOf(AccessDeniedException.class);
        signIn(coordinator);
        assertThatThrownBy(() -> scopingWaivers.waive(organisation.id(), "court")).hasMessage("training.waiver.reason");
        scopingWaivers.waive(organisation.id(), "La directrice a suivi la formation en personne en mai.");
        assertThatThrownBy(() -> scopingWaivers.waive(organisation.id(), "Une deuxième dispense inutile"))
                .hasMessage("training.waiver.exists");
        assertThat(records.waiver(organisation.id()).orElseThrow().reason()).startsWith("La directrice");
        signIn(member);
        ProjectView sent = projects.submit(draft.id(), draft.version());
        assertThat(sent.status()).isEqualTo(ProjectStatus.SUBMITTED);

        signIn(coordinator);
        scopingWaivers.revoke(organisation.id());
        assertThat(records.scopingCleared(organisation.id())).isFalse();
    }

    @Test
    void only_the_first_submission_is_gated_a_project_once_submitted_counts_whatever_its_state() {
        ProjectView first = projects.create(ProjectServiceTestAccess.complete("Premier projet"));
        ProjectView unsent = projects.create(ProjectServiceTestAccess.complete("Brouillon jamais soumis"));
        assertThatThrownBy(() -> projects.submit(unsent.id(), unsent.version()))
                .as("drafts never submitted do not count").hasMessage("project.scopingRequired");
        signIn(coordinator);
        scopingWaivers.waive(organisation.id(), "Accompagnement en personne lors du premier projet.");
        signIn(member);
        ProjectView sent = projects.submit(first.id(), first.version());
        signIn(coordinator);
        projects.reject(sent.id(), "Hors du champ des projets admissibles.", sent.version());
        scopingWaivers.revoke(organisation.id());
        assertThat(records.scopingCleared(organisation.id())).isFalse();

        signIn(member);
        ProjectView second = projects.get(unsent.id());
        assertThat(projects.submit(second.id(), second.version()).status())
                .as("the organisation submitted a project before, now rejected").isEqualTo(ProjectStatus.SUBMITTED);
    }

    @Test
    void a_project_sent_back_for_changes_is_resubmitted_without_the_gate() {
        ProjectView draft = projects.create(ProjectServiceTestAccess.complete("Projet à préciser"));
        signIn(coordinator);
        scopingWaivers.waive(organisation.id(), "Dispense accordée pour un premier essai.");
        signIn(member);
        ProjectView sent = projects.submit(draft.id(), draft.version());
        signIn(coordinator);
        ProjectView back = projects.requestChanges(sent.id(), "Précisez les livrables.", sent.version());
        scopingWaivers.revoke(organisation.id());
        signIn(member);
        assertThat(projects.submit(back.id(), back.version()).status()).isEqualTo(ProjectStatus.SUBMITTED);
    }

    @Test
    void a_completion_by_someone_outside_the_organisation_does_not_count() {
        signIn(colleague);
        completeScoping();
        assertThat(records.hasCompleted(colleague.id(), TrainingRecords.SCOPING_COURSE)).isTrue();
        assertThat(records.scopingCleared(organisation.id())).isFalse();
    }

    @Test
    void the_privacy_course_completions_are_facts_for_matching() {
        Person volunteer = person(Role.VOLUNTEER, Locale.FRENCH, "Vincent Bénévole");
        Person other = person(Role.VOLUNTEER, Locale.FRENCH, "Olivia Autre");
        signIn(volunteer);
        String code = TrainingRecords.PRIVACY_COURSE;
        learning.enrol(code);
        assertThat(records.completedCourses(List.of(volunteer.id(), other.id()))).isEmpty();
        LearnerCourse c = learning.course(code);
        c.course().content().lessonKeys().forEach(l -> learning.markRead(code, l));
        for (var m : c.course().content().modules()) {
            Map<String, java.util.Set<String>> answers = new java.util.HashMap<>();
            m.quiz().questions().forEach(q -> answers.put(q.key(), new java.util.HashSet<>(q.choices().stream()
                    .filter(CourseContent.Choice::correct).map(CourseContent.Choice::key).toList())));
            learning.submitQuiz(code, m.key(), answers);
        }
        assertThat(records.hasCompleted(volunteer.id(), code)).isTrue();
        assertThat(records.hasCompleted(other.id(), code)).isFalse();
        assertThat(records.completedCourses(List.of(volunteer.id(), other.id())))
                .containsOnlyKeys(volunteer.id()).containsEntry(volunteer.id(), java.util.Set.of(code));
        assertThat(records.evidencedSkills(volunteer.id())).contains("privacy.law25");
    }
}
