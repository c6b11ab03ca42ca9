package org.jumelage.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jumelage.accounts.Role;
import org.jumelage.training.CourseContent.Lesson;
import org.jumelage.training.CourseContent.CourseModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Enrolment, progress, quiz scoring and attempts, completion, and versions pinned for learners. */
class LearningTest extends TrainingTestSupport {

    static Person coordinator;
    Person learner;
    String code;

    @BeforeEach
    void aPublishedCourseAndALearner() {
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination Formation");
        }
        learner = person(Role.VOLUNTEER, Locale.FRENCH, "Léa Apprenante");
        code = newCode();
        published(coordinator, course(code, 2, "privacy.law25", "data.cleaning"));
        signIn(learner);
    }

    @Test
    void a_course_completes_only_when_every_lesson_is_read_and_every_quiz_passed() {
        Progress p = learning.enrol(code);
        assertThat(p.percent()).isZero();
        assertThat(p.next()).isEqualTo("l1");
        learning.markRead(code, "l1");
        learning.markRead(code, "l2");
        p = learning.markRead(code, "l2");
        assertThat(p.lessonsRead()).containsExactlyInAnyOrder("l1", "l2");
        assertThat(p.next()).isEqualTo("m1");
        assertThat(p.nextIsQuiz()).isTrue();
        learning.submitQuiz(code, "m1", RIGHT_M1);
        learning.submitQuiz(code, "m2", RIGHT_M2);
        p = learning.course(code).progress().orElseThrow();
        assertThat(p.isCompleted()).as("lesson 3 is still unread").isFalse();
        assertThat(records.hasCompleted(learner.id(), code)).isFalse();
        assertThat(p.next()).isEqualTo("l3");

        p = learning.markRead(code, "l3");
        assertThat(p.isCompleted()).isTrue();
        assertThat(p.percent()).isEqualTo(100);
        assertThat(p.next()).isNull();
        assertThat(records.hasCompleted(learner.id(), code)).isTrue();
        assertThat(records.completedCourses(learner.id())).contains(code);
        assertThat(records.evidencedSkills(learner.id())).contains("privacy.law25", "data.cleaning");
        assertThat(learning.myLearning()).extracting(Progress::courseCode).contains(code);
    }

    @Test
    void the_learner_resumes_at_the_lesson_they_opened_last() {
        learning.enrol(code);
        learning.markRead(code, "l1");
        learning.visit(code, "l3");
        assertThat(learning.course(code).progress().orElseThrow().next()).isEqualTo("l3");
        learning.markRead(code, "l3");
        assertThat(learning.course(code).progress().orElseThrow().next()).isEqualTo("l2");
    }

    @Test
    void a_multiple_choice_question_counts_only_with_exactly_the_right_choices() {
        learning.enrol(code);
        QuizOutcome half = learning.submitQuiz(code, "m1", Map.of("q1", Set.of("a"), "q2", Set.of("a")));
        assertThat(half.score()).isEqualTo(50);
        assertThat(half.passed()).as("pass mark is 50").isTrue();
        assertThat(half.questions()).extracting(QuizOutcome.QuestionResult::right).containsExactly(true, false);
        assertThat(half.questions().get(1).rightChoices()).containsExactlyInAnyOrder("a", "b");

        var quiz = course(code, 0).module("m1").orElseThrow().quiz();
        assertThat(QuizScoring.results(quiz, Map.of("q1", Set.of("a", "b"), "q2", Set.of("a", "b", "c"))))
                .as("picking every choice is never right").noneMatch(QuizOutcome.QuestionResult::right);
        assertThat(QuizScoring.score(QuizScoring.results(course(code, 0).module("m1").orElseThrow().quiz(),
                Map.of("q1", Set.of("zz"))))).isZero();
    }

    @Test
    void attempts_stop_at_the_course_limit_and_the_best_score_is_kept() {
        learning.enrol(code);
        QuizOutcome first = learning.submitQuiz(code, "m2", Map.of("q3", Set.of("a")));
        assertThat(first.passed()).isTrue();
        assertThat(first.attemptsLeft()).isEqualTo(1);
        QuizOutcome second = learning.submitQuiz(code, "m2", Map.of("q3", Set.of("b")));
        assertThat(second.score()).isZero();
        assertThat(second.passed()).isFalse();
        assertThat(second.bestScore()).isEqualTo(100);
        assertThat(second.attemptsLeft()).isZero();
        assertThatThrownBy(() -> learning.submitQuiz(code, "m2", RIGHT_M2)).isInstanceOf(TrainingException.class)
                .hasMessage("training.quiz.noAttemptsLeft");
        Progress p = learning.course(code).progress().orElseThrow();
        assertThat(p.quizzes().get("m2").attempts()).isEqualTo(2);
        assertThat(p.passed("m2")).as("a passed quiz stays passed").isTrue();
    }

    @Test
    void a_failed_quiz_with_no_attempt_left_blocks_completion() {
        learning.enrol(code);
        learning.submitQuiz(code, "m2", Map.of());
        learning.submitQuiz(code, "m2", Map.of("q3", Set.of("b")));
        for (String l : List.of("l1", "l2", "l3")) {
            learning.markRead(code, l);
        }
        learning.submitQuiz(code, "m1", RIGHT_M1);
        assertThat(learning.course(code).progress().orElseThrow().isCompleted()).isFalse();
        assertThatThrownBy(() -> certificates.pdf(code, Locale.FRENCH)).hasMessage("training.certificate.notCompleted");
    }

    @Test
    void a_published_version_is_frozen_and_learners_keep_the_version_they_started() {
        learning.enrol(code);
        signIn(coordinator);
        CourseVersion v1 = authoring.versions(code).get(0);
        assertThatThrownBy(() -> authoring.saveDraft(v1.id(), v1.content(), v1.version()))
                .hasMessage("training.course.frozen");
        CourseVersion draft = authoring.edit(code);
        assertThat(draft.revision()).isEqualTo(2);
        assertThat(draft.id()).isNotEqualTo(v1.id());
        assertThat(authoring.edit(code).id()).as("the same draft is edited again").isEqualTo(draft.id());
        CourseContent changed = withFirstLessonTitle(draft.content(), "Nouvelle leçon");
        CourseVersion saved = authoring.saveDraft(draft.id(), changed, draft.version());
        assertThatThrownBy(() -> authoring.saveDraft(draft.id(), changed, draft.version()))
                .as("a stale version is refused").hasMessage("training.course.stale");
        authoring.publish(saved.id(), saved.version());
        assertThat(authoring.versions(code)).extracting(CourseVersion::status)
                .containsExactly(CourseStatus.PUBLISHED, CourseStatus.SUPERSEDED);

        signIn(learner);
        LearnerCourse mine = learning.course(code);
        assertThat(mine.course().revision()).isEqualTo(1);
        assertThat(mine.course().content().lesson("l1").orElseThrow().title().fr()).isEqualTo("Lesson 1 (fr)");

        Person newcomer = person(Role.OSBL_MEMBER, Locale.FRENCH, "Nouvelle Venue");
        signIn(newcomer);
        assertThat(learning.course(code).course().revision()).isEqualTo(2);
        assertThat(learning.enrol(code).revision()).isEqualTo(2);
    }

    @Test
    void an_unpublished_course_leaves_the_catalogue_but_its_learners_continue() {
        learning.enrol(code);
        assertThat(learning.catalogue(null, "fr", null)).extracting(CourseVersion::code).contains(code);
        signIn(coordinator);
        CourseVersion v = authoring.versions(code).get(0);
        authoring.unpublish(v.id(), v.version());
        signIn(learner);
        assertThat(learning.catalogue(null, null, null)).extracting(CourseVersion::code).doesNotContain(code);
        assertThat(learning.markRead(code, "l1").lessonsRead()).contains("l1");
    }

    @Test
    void the_catalogue_filters_by_audience_language_and_level() {
        signIn(coordinator);
        String english = newCode();
        CourseContent c = course(english, 0);
        CourseVersion d = authoring.create(new CourseContent(english, c.title(), c.summary(), Audience.FIRMS, 20,
                CourseLevel.ADVANCED, List.of("en"), List.of(), 0, c.modules()));
        authoring.publish(d.id(), d.version());
        signIn(learner);
        assertThat(codes(learning.catalogue(Audience.FIRMS, null, null))).contains(english).doesNotContain(code);
        assertThat(codes(learning.catalogue(null, "fr", null))).contains(code).doesNotContain(english);
        assertThat(codes(learning.catalogue(null, null, CourseLevel.ADVANCED))).contains(english)
                .doesNotContain(code);
        assertThat(codes(learning.catalogue(Audience.OSBL_STAFF, "fr", CourseLevel.INTRODUCTORY))).contains(code);
    }

    @Test
    void only_coordinators_author_and_a_draft_must_be_whole_to_publish() {
        assertThatThrownBy(() -> authoring.create(course(newCode(), 0))).isInstanceOf(AccessDeniedException.class);
        signIn(coordinator);
        CourseContent c = course(newCode(), 0);
        CourseVersion draft = authoring.create(new CourseContent(c.code(), c.title(), c.summary(), c.audience(), 10,
                c.level(), c.languages(), List.of(), 0, List.of()));
        assertThatThrownBy(() -> authoring.publish(draft.id(), draft.version())).hasMessage("training.course.noModule");
        assertThatThrownBy(() -> authoring.create(course("Bad Code!", 0))).hasMessage("training.course.code.invalid");
        assertThatThrownBy(() -> authoring.create(c)).hasMessage("training.course.code.taken");
    }

    private static List<String> codes(List<CourseVersion> versions) {
        return versions.stream().map(CourseVersion::code).toList();
    }

    private static CourseContent withFirstLessonTitle(CourseContent c, String title) {
        CourseModule m1 = c.modules().get(0);
        Lesson l1 = m1.lessons().get(0);
        CourseModule changed = new CourseModule(m1.key(), m1.title(), List.of(new Lesson(l1.key(),
                new Bilingual(title, title), l1.body()), m1.lessons().get(1)), m1.quiz());
        return new CourseContent(c.code(), c.title(), c.summary(), c.audience(), c.durationMinutes(), c.level(),
                c.languages(), c.relatedSkills(), c.maxQuizAttempts(), List.of(changed, c.modules().get(1)));
    }
}
