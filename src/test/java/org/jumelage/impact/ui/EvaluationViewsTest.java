package org.jumelage.impact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.impact.EvaluationKind;
import org.jumelage.impact.ImpactTestSupport;
import org.jumelage.impact.JobsEffect;
import org.jumelage.impact.ProgrammeView;
import org.jumelage.impact.QuestionType;
import org.jumelage.shared.domain.Sector;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/** The evaluation views driven server-side with Karibu against the real services. */
class EvaluationViewsTest extends ImpactTestSupport {

    @Autowired
    ApplicationContext context;

    private void mockUi(Locale locale) {
        Karibu.start(context, locale, "org.jumelage.impact.ui");
    }

    @AfterEach
    void tearDown() {
        Karibu.stop();
    }

    @Test
    void the_organisation_lists_its_evaluation_fills_the_form_sees_its_mistakes_then_its_answers() {
        completedProject();
        String id = mineFor(osblMember, EvaluationKind.SURVEY).id();
        mockUi(Locale.FRENCH);

        MyEvaluationsView list = new MyEvaluationsView(evaluations);
        assertThat(list.pending.getElement().getOuterHTML()).contains("Tableau de bord alimentaire",
                "Remplir l’évaluation");
        assertThat(list.noPending.isVisible()).isFalse();

        EvaluationFormView view = new EvaluationFormView(evaluations);
        UI.getCurrent().add(view);
        view.open(id);
        SurveyForm form = view.survey;
        assertThat(form.hoursFreed.getLabel()).isEqualTo("Heures de travail libérées par mois pour l’équipe");
        form.objectives.setValue(4);
        form.hoursFreed.setValue(8);
        view.submitAnswers();
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(form.hoursNowUsedFor.isInvalid()).isTrue();
        assertThat(form.hoursNowUsedFor.getErrorMessage()).isEqualTo("Dites à quoi servent les heures libérées.");
        assertThat(form.satisfaction.isInvalid()).isTrue();
        assertThat(form.objectives.isInvalid()).isFalse();

        form.hoursNowUsedFor.setValue("Plus d’accompagnement.");
        form.jobsEffect.setValue(JobsEffect.NONE);
        form.beneficiaries.setValue(-3);
        form.satisfaction.setValue(5);
        view.submitAnswers();
        assertThat(view.content.getElement().getOuterHTML()).contains("Merci! Vos réponses sont enregistrées.",
                "Plus d’accompagnement.", "Aucun effet", "-3");
        assertThat(view.content.getChildren()).noneMatch(c -> c instanceof SurveyForm);

        MyEvaluationsView after = new MyEvaluationsView(evaluations);
        assertThat(after.done.getElement().getOuterHTML()).contains("Voir les réponses");
        assertThat(after.noPending.isVisible()).isTrue();
    }

    @Test
    void a_provider_sees_the_provider_variant_in_english() {
        completedProject();
        String id = mineFor(firmMember, EvaluationKind.SURVEY).id();
        mockUi(Locale.ENGLISH);
        EvaluationFormView view = new EvaluationFormView(evaluations);
        UI.getCurrent().add(view);
        view.open(id);
        assertThat(view.survey.hoursFreed.getParent()).isEmpty();
        assertThat(view.survey.satisfaction.getLabel()).isEqualTo("Satisfaction with the organisation");
        view.survey.objectives.setValue(5);
        view.survey.satisfaction.setValue(4);
        view.submitAnswers();
        assertThat(view.content.getElement().getOuterHTML()).contains("Thank you! Your answers are recorded.");
    }

    @Test
    void a_coordinator_creates_a_programme_and_adds_and_retires_a_question() {
        Person author = person(Role.COORDINATOR, Locale.FRENCH, "Coordination Vues Programmes");
        signIn(author);
        mockUi(Locale.FRENCH);
        ProgrammesView view = new ProgrammesView(programmes);
        view.createProgramme();
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Donnez un nom au programme.");

        String name = "Programme vues " + UUID.randomUUID();
        view.name.setValue(name);
        view.sectors.setValue(Set.of(Sector.ENVIRONMENT));
        view.createProgramme();
        ProgrammeView created = programmes.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.sectors()).containsExactly(Sector.ENVIRONMENT);

        var card = view.list.getChildren().filter(c -> created.id().equals(c.getElement().getAttribute("data-id")))
                .findFirst().orElseThrow();
        TextField fr = (TextField) card.getChildren().filter(c -> c.hasClassName("question-fr")).findFirst().orElseThrow();
        TextField en = (TextField) card.getChildren().filter(c -> c.hasClassName("question-en")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<QuestionType> type = (RadioButtonGroup<QuestionType>) card.getChildren()
                .filter(c -> c.hasClassName("question-type")).findFirst().orElseThrow();
        fr.setValue("Moins de déchets?");
        en.setValue("Less waste?");
        type.setValue(QuestionType.YES_NO);
        ((Button) card.getChildren().filter(c -> c.hasClassName("question-add")).findFirst().orElseThrow()).click();
        ProgrammeView withQuestion = programmes.all().stream().filter(p -> p.id().equals(created.id())).findFirst()
                .orElseThrow();
        assertThat(withQuestion.questions()).singleElement().satisfies(q -> {
            assertThat(q.textEn()).isEqualTo("Less waste?");
            assertThat(q.type()).isEqualTo(QuestionType.YES_NO);
        });
        assertThat(view.list.getElement().getOuterHTML()).contains("Moins de déchets? / Less waste? (Oui ou non)");
    }
}
