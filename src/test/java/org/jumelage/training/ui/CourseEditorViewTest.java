package org.jumelage.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.training.CourseContent.Choice;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.CourseContent.Question;
import org.jumelage.training.CourseContent.Quiz;
import org.jumelage.training.CourseStatus;
import org.jumelage.training.CourseVersion;
import org.jumelage.training.TrainingTestSupport;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The course editor's quiz, lesson and module editing, driven with Karibu against the real services. */
class CourseEditorViewTest extends TrainingTestSupport {

    @Autowired
    ApplicationContext context;

    static Person coordinator;
    String code;
    CourseVersion draft;
    CourseEditorView view;

    @BeforeEach
    void aDraftOpenInTheEditor() {
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination Éditeur");
        }
        code = newCode();
        published(coordinator, course(code, 2));
        draft = authoring.edit(code);
        Karibu.start(context, Locale.FRENCH, "org.jumelage.training.ui");
        view = new CourseEditorView(authoring);
        UI.getCurrent().add(view);
        view.open(draft.id());
    }

    @AfterEach
    void tearDown() {
        Karibu.stop();
    }

    private Quiz storedQuiz(String module) {
        return authoring.get(draft.id()).content().module(module).orElseThrow().quiz();
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    @Test
    void a_coordinator_writes_a_quiz_question_by_question_and_bad_input_is_refused_with_a_clear_message() {
        assertThat(view.modulePicker.getValue()).isEqualTo("m1");
        assertThat(view.quiz.passMark.getValue()).isEqualTo(50);
        assertThat(view.quiz.questions).extracting(q -> q.key).containsExactly("q1", "q2");

        QuizEditor.QuestionEditor added = view.quiz.addQuestion();
        assertThat(added.answers).as("a new question starts with two answers").hasSize(2);
        added.textFr.setValue("Qui décide du projet ?");
        added.textEn.setValue("Who decides on the project?");
        added.answers.get(0).textFr.setValue("L’organisme");
        added.answers.get(0).textEn.setValue("The organisation");
        added.answers.get(1).textFr.setValue("La firme");
        added.answers.get(1).textEn.setValue("The firm");
        view.save();
        NotificationsKt.expectNotifications(t("training.quizcheck.noCorrect", "Module 1 (fr)", 3));
        assertThat(storedQuiz("m1").questions()).as("nothing stored").hasSize(2);

        added.answers.get(0).correct.setValue(true);
        added.answers.get(1).correct.setValue(true);
        view.save();
        NotificationsKt.expectNotifications(t("training.quizcheck.single", "Module 1 (fr)", 3));

        added.answers.get(1).correct.setValue(false);
        added.answers.get(1).explanationFr.setValue("La firme offre des heures; l’organisme décide.");
        QuizEditor.QuestionEditor.AnswerEditor third = added.addAnswer();
        third.textFr.setValue("Personne");
        added.moveAnswer(third, -1);
        added.removeAnswer(third);
        view.quiz.move(added, -1);
        view.quiz.remove(view.quiz.questions.get(0));
        view.quiz.passMark.setValue(0);
        view.save();
        NotificationsKt.expectNotifications(t("training.quizcheck.passMark", "Module 1 (fr)"));

        view.quiz.passMark.setValue(80);
        view.save();
        NotificationsKt.expectNotifications(t("training.edit.saved"));
        Quiz saved = storedQuiz("m1");
        assertThat(saved.passMark()).isEqualTo(80);
        assertThat(saved.questions()).extracting(Question::key).containsExactly("m1-q1", "q2");
        Question first = saved.questions().get(0);
        assertThat(first.text().en()).isEqualTo("Who decides on the project?");
        assertThat(first.multiple()).isFalse();
        assertThat(first.choices()).extracting(Choice::key).containsExactly("a", "b");
        assertThat(first.choices()).extracting(Choice::correct).containsExactly(true, false);
        assertThat(first.choices().get(1).explanation().fr()).startsWith("La firme offre");
        assertThat(authoring.versions(code)).filteredOn(v -> v.status() == CourseStatus.PUBLISHED).singleElement()
                .satisfies(v -> assertThat(v.content().module("m1").orElseThrow().quiz().passMark()).isEqualTo(50));
    }

    @Test
    void the_quiz_follows_the_module_chosen_and_edits_survive_moving_between_modules() {
        view.quiz.passMark.setValue(65);
        view.modulePicker.setValue("m2");
        assertThat(view.quiz.passMark.getValue()).isEqualTo(100);
        assertThat(view.quiz.questions).extracting(q -> q.key).containsExactly("q3");
        assertThat(view.lessonPicker.getValue()).isEqualTo("l3");
        view.modulePicker.setValue("m1");
        assertThat(view.quiz.passMark.getValue()).isEqualTo(65);
        assertThat(view.content().module("m1").orElseThrow().quiz().passMark()).isEqualTo(65);
    }

    @Test
    void lessons_and_modules_are_reordered_and_deleted_only_after_confirmation() {
        view.lessonPicker.setValue("l2");
        view.lessonTitleFr.setValue("Leçon deux, retouchée");
        view.moveLesson(-1);
        assertThat(view.content().module("m1").orElseThrow().lessons()).extracting(l -> l.key())
                .containsExactly("l2", "l1");
        assertThat(view.lessonUp.isEnabled()).isFalse();
        assertThat(view.content().lesson("l2").orElseThrow().title().fr()).isEqualTo("Leçon deux, retouchée");

        view.askDeleteLesson();
        ConfirmDialog dialog = view.confirmDelete;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(view.content().lessonKeys()).as("nothing deleted before confirmation").contains("l2");
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        NotificationsKt.expectNotifications(t("training.edit.deleted"));
        assertThat(view.content().lessonKeys()).containsExactly("l1", "l3");

        view.moduleTitleEn.setValue("Getting started");
        view.moveModule(1);
        assertThat(view.content().modules()).extracting(CourseModule::key).containsExactly("m2", "m1");
        assertThat(view.moduleDown.isEnabled()).isFalse();
        view.modulePicker.setValue("m2");
        view.askDeleteModule();
        ComponentUtil.fireEvent(view.confirmDelete, new ConfirmDialog.ConfirmEvent(view.confirmDelete, false));
        NotificationsKt.expectNotifications(t("training.edit.deleted"));
        assertThat(view.modulePicker.getValue()).isEqualTo("m1");

        view.addLesson();
        assertThat(view.lessonPicker.getValue()).isEqualTo("m1-l1");
        view.lessonTitleFr.setValue("Nouvelle leçon");
        view.save();
        NotificationsKt.expectNotifications(t("training.edit.saved"));
        CourseVersion stored = authoring.get(draft.id());
        assertThat(stored.content().modules()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("m1");
            assertThat(m.title().en()).isEqualTo("Getting started");
        });
        assertThat(stored.content().lessonKeys()).containsExactly("l1", "m1-l1");
        assertThat(authoring.versions(code)).filteredOn(v -> v.status() == CourseStatus.PUBLISHED).singleElement()
                .satisfies(v -> assertThat(v.content().lessonKeys()).containsExactly("l1", "l2", "l3"));
    }
}
