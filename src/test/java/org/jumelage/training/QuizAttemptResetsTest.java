package org.jumelage.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jumelage.accounts.Role;
import org.jumelage.training.QuizAttemptResets.LearnerAttempts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A coordinator gives a learner their quiz attempts back, with a reason that stays recorded. */
class QuizAttemptResetsTest extends TrainingTestSupport {

    private static final Map<String, Set<String>> WRONG_M1 = Map.of("q1", Set.of("b"), "q2", Set.of("c"));
    private static final Map<String, Set<String>> WRONG_M2 = Map.of("q3", Set.of("b"));

    @Autowired
    QuizAttemptResets resets;

    static Person coordinator;
    Person learner;
    String code;

    @BeforeEach
    void aCourseWithTwoAttemptsPerQuizAndALearner() {
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination Tentatives");
        }
        code = newCode();
        published(coordinator, course(code, 2));
        learner = person(Role.OSBL_MEMBER, Locale.FRENCH, "Théo Tentative");
        signIn(learner);
        learning.enrol(code);
    }

    @Test
    void a_learner_out_of_attempts_is_listed_and_after_a_reset_with_a_reason_may_try_again() {
        learning.submitQuiz(code, "m1", WRONG_M1);
        learning.submitQuiz(code, "m1", WRONG_M1);
        assertThatThrownBy(() -> learning.submitQuiz(code, "m1", RIGHT_M1)).hasMessage("training.quiz.noAttemptsLeft");
        assertThatThrownBy(() -> resets.reset(learner.id(), code, "Je voudrais réessayer, svp."))
                .as("a learner cannot reset their own attempts").isInstanceOf(AccessDeniedException.class);

        signIn(coordinator);
        assertThat(resets.outOfAttempts()).filteredOn(r -> r.courseCode().equals(code)).singleElement()
                .satisfies(r -> {
                    assertThat(r.userId()).isEqualTo(learner.id());
                    assertThat(r.displayName()).isEqualTo("Théo Tentative");
                    assertThat(r.blocked()).isTrue();
                });
        assertThatThrownBy(() -> resets.reset(learner.id(), code, "court")).hasMessage("training.reset.reason");
        assertThat(resets.history(learner.id(), code)).as("a refused reset records nothing").isEmpty();

        QuizAttemptResets.Reset done = resets.reset(learner.id(), code, "Panne de réseau pendant les deux essais.");
        assertThat(done.modules()).containsExactly("m1");
        assertThat(done.by()).isEqualTo(coordinator.id());
        assertThat(resets.history(learner.id(), code)).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("Panne de réseau pendant les deux essais."));
        assertThat(resets.outOfAttempts()).noneMatch(r -> r.courseCode().equals(code));

        signIn(learner);
        assertThat(learning.course(code).progress().orElseThrow().quizzes()).doesNotContainKey("m1");
        QuizOutcome again = learning.submitQuiz(code, "m1", RIGHT_M1);
        assertThat(again.passed()).isTrue();
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.attemptsLeft()).isEqualTo(1);
    }

    @Test
    void a_reset_keeps_passed_quizzes_and_is_refused_when_nothing_waits_for_an_attempt() {
        learning.submitQuiz(code, "m1", RIGHT_M1);
        learning.submitQuiz(code, "m2", WRONG_M2);
        signIn(coordinator);
        LearnerAttempts found = resets.ofLearner(learner.email()).stream().filter(r -> r.courseCode().equals(code))
                .findFirst().orElseThrow();
        assertThat(found.blocked()).as("one attempt left at m2").isFalse();
        assertThat(resets.ofLearner("personne-inconnue@exemple.org")).isEmpty();

        assertThat(resets.reset(learner.id(), code, "Question mal formulée dans le module 2.").modules())
                .containsExactly("m2");
        assertThatThrownBy(() -> resets.reset(learner.id(), code, "Deuxième remise à zéro inutile."))
                .hasMessage("training.reset.nothing");
        assertThat(resets.history(learner.id(), code)).hasSize(1);

        signIn(learner);
        var quizzes = learning.course(code).progress().orElseThrow().quizzes();
        assertThat(quizzes).containsOnlyKeys("m1");
        assertThat(quizzes.get("m1").passed()).isTrue();
    }

    @Test
    void a_reset_needs_an_enrolment() {
        Person stranger = person(Role.VOLUNTEER, Locale.FRENCH, "Sans Inscription");
        signIn(coordinator);
        assertThatThrownBy(() -> resets.reset(stranger.id(), code, "Aucune inscription à ce cours."))
                .hasMessage("training.notEnrolled");
    }
}
