package org.jumelage.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.projects.DataInvolved;
import org.jumelage.projects.JobImpact;
import org.jumelage.projects.ProjectCategory;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;

/** The guided posting form's steps, driven server-side with Karibu against the real services. */
class ProjectEditorViewTest extends OrganisationsTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectService projects;
    @Autowired
    SkillCatalogue skills;

    static Person coordinator;

    ProjectEditorView view;

    @BeforeEach
    void memberOfAVerifiedOrganisationOpensTheForm() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Karibu Membre");
        OrganisationDetails organisation = registered(member, "Organisme Karibu " + UUID.randomUUID());
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Karibu Coord");
        }
        signIn(coordinator);
        review.verify(organisation.id(), organisation.version());
        waiveScoping(organisation.id());
        signIn(member);
        Karibu.start(context, Locale.FRENCH);
        view = new ProjectEditorView(projects, skills);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        Karibu.stop();
    }

    @Test
    void the_first_step_refuses_a_short_title_next_to_the_field_and_creates_nothing() {
        view.title.setValue("Abc");
        assertThat(view.autosave()).isFalse();
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("Le titre doit compter de 5 à 120 caractères.");
        assertThat(view.projectId()).isNull();
        assertThat(projects.mine(null)).isEmpty();
    }

    @Test
    void next_saves_the_draft_which_can_be_resumed_later() {
        view.title.setValue("Tableau de bord des demandes");
        view.summary.setValue("Un résumé.");
        view.next.click();
        assertThat(view.steps.getSelectedIndex()).isEqualTo(1);
        assertThat(view.projectId()).isNotNull();
        assertThat(view.seats).hasSize(1);

        ProjectEditorView shown = new ProjectEditorView(projects, skills);
        UI.getCurrent().add(shown);
        assertThat(shown.resume(view.projectId())).isTrue();
        assertThat(shown.title.getValue()).isEqualTo("Tableau de bord des demandes");
        assertThat(shown.summary.getValue()).isEqualTo("Un résumé.");
    }

    @Test
    void a_seat_with_too_many_hours_is_marked_and_the_form_returns_to_the_seats_step() {
        view.title.setValue("Projet aux heures excessives");
        view.next.click();
        SeatEditor seat = view.seats.get(0);
        seat.roleTitle.setValue("Analyste");
        seat.hours.setValue(5000);
        seat.skillRows().get(0).skill.setValue(skills.find("data.power-bi").orElseThrow());
        view.next.click();
        assertThat(view.steps.getSelectedIndex()).isEqualTo(1);
        assertThat(seat.hours.isInvalid()).isTrue();
        // French number format separates thousands with a (narrow) no-break space.
        assertThat(seat.hours.getErrorMessage().replaceAll("\\h", " ")).isEqualTo("Entre 1 et 2 000 heures.");
    }

    @Test
    void the_review_step_lists_what_is_missing_and_submission_works_once_complete() {
        view.title.setValue("Projet complet par étapes");
        view.steps.setSelectedIndex(4);
        assertThat(view.missing.getChildren().count()).isGreaterThan(5);

        view.summary.setValue("Résumé.");
        view.problem.setValue("Problème.");
        view.expectedOutcome.setValue("Résultat.");
        view.category.setValue(ProjectCategory.EDUCATION);
        view.dataInvolved.setValue(DataInvolved.NONE);
        view.earliestStart.setValue(LocalDate.of(2027, 2, 1));
        view.deadline.setValue(LocalDate.of(2027, 5, 1));
        SeatEditor seat = view.addSeatEditor(null);
        seat.roleTitle.setValue("Formatrice");
        seat.hours.setValue(30);
        seat.providerKind.setValue(ProviderKind.VOLUNTEER);
        seat.skillRows().get(0).skill.setValue(skills.find("training.ai-literacy").orElseThrow());
        seat.skillRows().get(0).level.setValue(SkillLevel.ADVANCED);
        view.deliverables.setValue("Trois ateliers");
        view.decisionMaker.setValue("La directrice");
        view.staffHours.setValue(4);
        view.automatedTasks.setValue("Aucune");
        view.freedTimeUse.setValue("Sans objet");
        view.jobImpact.setValue(JobImpact.NONE);
        view.beneficiaryRisks.setValue("Aucun");
        view.humanOversight.setValue("Sans objet");
        view.refreshReview();
        assertThat(view.missing.getChildren().count()).isZero();

        view.submitProject();
        ProjectView submitted = projects.mine(ProjectStatus.SUBMITTED).get(0);
        assertThat(submitted.title()).isEqualTo("Projet complet par étapes");
        assertThat(submitted.content().seats()).hasSize(1);
        assertThat(submitted.content().seats().get(0).requiredSkills().get(0).level()).isEqualTo(SkillLevel.ADVANCED);
    }

    @Test
    void an_unfinished_seat_does_not_block_moving_between_steps() {
        view.title.setValue("Projet commencé un soir");
        view.next.click();
        assertThat(view.seats).hasSize(1);
        view.next.click();
        assertThat(view.steps.getSelectedIndex()).isEqualTo(2);
        assertThat(projects.get(view.projectId()).content().seats()).hasSize(1);
    }

    @Test
    void choosing_a_job_reduction_shows_that_the_project_is_not_eligible() {
        assertThat(view.reductionWarning.isVisible()).isFalse();
        view.jobImpact.setValue(JobImpact.REDUCTION);
        assertThat(view.reductionWarning.isVisible()).isTrue();
    }
}
