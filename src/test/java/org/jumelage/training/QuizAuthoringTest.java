package org.jumelage.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.jumelage.accounts.Role;
import org.jumelage.training.CourseContent.Choice;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.CourseContent.Lesson;
import org.jumelage.training.CourseContent.Question;
import org.jumelage.training.CourseContent.Quiz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quizzes and the order of lessons and modules as a coordinator changes them in a draft: the quiz
 * rules hold even in a draft, with messages that say where the problem is, and the published
 * version never changes.
 */
class QuizAuthoringTest extends TrainingTestSupport {

    static Person coordinator;
    String code;
    CourseVersion draft;

    @BeforeEach
    void aPublishedCourseAndItsNewDraft() {
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination Questionnaires");
        }
        code = newCode();
        published(coordinator, course(code, 3));
        draft = authoring.edit(code);
    }

    private CourseContent withFirstQuiz(UnaryOperator<Quiz> change) {
        CourseContent c = draft.content();
        List<CourseModule> modules = new ArrayList<>(c.modules());
        CourseModule m1 = modules.get(0);
        modules.set(0, new CourseModule(m1.key(), m1.title(), m1.lessons(), change.apply(m1.quiz())));
        return withModules(c, modules);
    }

    private static CourseContent withModules(CourseContent c, List<CourseModule> modules) {
        return new CourseContent(c.code(), c.title(), c.summary(), c.audience(), c.durationMinutes(), c.level(),
                c.languages(), c.relatedSkills(), c.maxQuizAttempts(), modules);
    }

    private static Quiz oneQuestion(int passMark, boolean multiple, Choice... choices) {
        return new Quiz(passMark, List.of(new Question("q1", b("Question"), multiple, List.of(choices))));
    }

    private static Choice right(String key) {
        return new Choice(key, b("Right " + key), true, b("Why"));
    }

    private static Choice wrong(String key) {
        return new Choice(key, b("Wrong " + key), false, b("Why not"));
    }

    private void refused(CourseContent content, String key, Object... arguments) {
        assertThatThrownBy(() -> authoring.saveDraft(draft.id(), content, draft.version()))
                .isInstanceOfSatisfying(TrainingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
        assertThat(authoring.get(draft.id()).version()).as("nothing stored").isEqualTo(draft.version());
    }

    @Test
    void a_quiz_in_a_draft_is_refused_with_a_message_naming_the_module_and_question() {
        String module = "Module 1 (fr)";
        refused(withFirstQuiz(q -> oneQuestion(0, false, right("a"), wrong("b"))), "training.quizcheck.passMark",
                module);
        refused(withFirstQuiz(q -> oneQuestion(101, false, right("a"), wrong("b"))), "training.quizcheck.passMark",
                module);
        refused(withFirstQuiz(q -> oneQuestion(60, false, right("a"))), "training.quizcheck.fewAnswers", module, 1);
        refused(withFirstQuiz(q -> oneQuestion(60, true, wrong("a"), wrong("b"))), "training.quizcheck.noCorrect",
                module, 1);
        refused(withFirstQuiz(q -> oneQuestion(60, false, right("a"), right("b"))), "training.quizcheck.single",
                module, 1);
        refused(withFirstQuiz(q -> new Quiz(60, List.of(q.questions().get(0), new Question("q9",
                new Bilingual(" ", ""), false, List.of(right("a"), wrong("b")))))), "training.quizcheck.text", module, 2);
        refused(withFirstQuiz(q -> oneQuestion(60, false, right("a"), new Choice("b", new Bilingual("", ""), false,
                b("x")))), "training.quizcheck.answerText", module, 1, 2);
    }

    @Test
    void a_valid_quiz_is_saved_into_the_draft_only() {
        CourseVersion saved = authoring.saveDraft(draft.id(), withFirstQuiz(q -> oneQuestion(100, true, right("a"),
                right("b"), wrong("c"))), draft.version());
        Quiz quiz = saved.content().module("m1").orElseThrow().quiz();
        assertThat(quiz.passMark()).isEqualTo(100);
        assertThat(quiz.questions()).singleElement().satisfies(q -> {
            assertThat(q.multiple()).isTrue();
            assertThat(q.choices()).extracting(Choice::correct).containsExactly(true, true, false);
            assertThat(q.choices().get(0).explanation().en()).isEqualTo("Why (en)");
        });
        CourseVersion live = authoring.versions(code).stream().filter(v -> v.status() == CourseStatus.PUBLISHED)
                .findFirst().orElseThrow();
        assertThat(live.content().module("m1").orElseThrow().quiz().questions()).hasSize(2);
        assertThatThrownBy(() -> authoring.saveDraft(live.id(), withFirstQuiz(q -> q), live.version()))
                .as("a published version never changes").hasMessage("training.course.frozen");
    }

    @Test
    void lessons_and_modules_are_reordered_and_deleted_in_a_draft() {
        CourseContent c = draft.content();
        CourseModule m1 = c.modules().get(0);
        CourseModule m2 = c.modules().get(1);
        List<Lesson> swapped = List.of(m1.lessons().get(1), m1.lessons().get(0));
        CourseVersion saved = authoring.saveDraft(draft.id(), withModules(c, List.of(m2,
                new CourseModule(m1.key(), m1.title(), swapped, m1.quiz()))), draft.version());
        assertThat(saved.content().modules()).extracting(CourseModule::key).containsExactly("m2", "m1");
        assertThat(saved.content().lessonKeys()).containsExactly("l3", "l2", "l1");

        saved = authoring.saveDraft(saved.id(), withModules(saved.content(), List.of(saved.content().modules().get(1))),
                saved.version());
        assertThat(saved.content().lessonKeys()).containsExactly("l2", "l1");
        CourseVersion finalDraft = saved;
        assertThatThrownBy(() -> authoring.saveDraft(finalDraft.id(), c, draft.version()))
                .as("an edit from the version read before is refused").hasMessage("training.course.stale");
        authoring.publish(saved.id(), saved.version());
        signIn(person(Role.VOLUNTEER, Locale.FRENCH, "Vera Version"));
        assertThat(learning.course(code).course().content().lessonKeys()).containsExactly("l2", "l1");
    }
}
