package org.jumelage.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.jumelage.accounts.Role;
import org.jumelage.training.Audience;
import org.jumelage.training.CourseBundles;
import org.jumelage.training.CourseContent.Choice;
import org.jumelage.training.CourseVersion;
import org.jumelage.training.QuizAttemptResets;
import org.jumelage.training.ScopingWaivers;
import org.jumelage.training.TrainingReports;
import org.jumelage.training.TrainingTestSupport;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** The learner and coordinator views, driven server-side with Karibu against the real services. */
class TrainingViewsTest extends TrainingTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScopingWaivers waivers;
    @Autowired
    TrainingReports trainingReports;
    @Autowired
    QuizAttemptResets attemptResets;

    static Person coordinator;
    Person learner;
    String code;

    @BeforeEach
    void aCourseAndALearnerInAMockUi() {
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination Vues");
        }
        code = newCode();
        published(coordinator, course(code, 2));
        learner = person(Role.OSBL_MEMBER, Locale.FRENCH, "Luc Lecteur");
        signIn(learner);
        Karibu.start(context, Locale.FRENCH, "org.jumelage.training.ui");
    }

    @AfterEach
    void tearDown() {
        Karibu.stop();
    }

    @Test
    void the_catalogue_lists_published_courses_and_filters_them() {
        CatalogueView view = new CatalogueView(learning);
        assertThat(view.courses.getElement().getOuterHTML()).contains("Course " + code + " (fr)");
        view.audience.setValue(Audience.FIRMS);
        assertThat(view.courses.getElement().getOuterHTML()).doesNotContain("Course " + code + " (fr)");
    }

    @Test
    void a_lesson_renders_its_markdown_safely_and_marking_it_read_records_progress() {
        LessonView view = new LessonView(learning);
        UI.getCurrent().add(view);
        view.open(code, "l1");
        assertThat(view.body.getElement().getOuterHTML()).contains("<strong>1</strong>");
        view.markRead();
        assertThat(learning.course(code).progress().orElseThrow().lessonsRead()).containsExactly("l1");
    }

    @Test
    void the_quiz_view_scores_shows_every_explanation_and_counts_attempts() {
        learning.enrol(code);
        QuizView view = new QuizView(learning);
        UI.getCurrent().add(view);
        view.open(code, "m1");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Choice> q1 = (RadioButtonGroup<Choice>) view.fields.get("q1");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Choice> q2 = (CheckboxGroup<Choice>) view.fields.get("q2");
        q1.setValue(q1.getListDataView().getItems().filter(Choice::correct).findFirst().orElseThrow());
        q2.select(q2.getListDataView().getItems().filter(c -> c.key().equals("a")).findFirst().orElseThrow());
        view.submitAnswers();
        String result = view.result.getElement().getOuterHTML();
        assertThat(result).contains("Réussi : 50 %", "Because not (fr)", "Yes too (fr)", "tentatives restantes : 1");
        view.submitAnswers();
        assertThat(view.submit.isEnabled()).as("no attempt left").isFalse();
        assertThat(learning.course(code).progress().orElseThrow().quizzes().get("m1").attempts()).isEqualTo(2);
    }

    @Test
    void a_coordinator_imports_bundles_a_malformed_one_is_refused_and_nothing_is_stored() {
        signIn(coordinator);
        CourseAuthoringView view = new CourseAuthoringView(authoring, starter);
        int before = GridKt._size(view.grid);
        view.importBundle("format: jumelage-course/1\ncourse: {code: [".getBytes(StandardCharsets.UTF_8));
        assertThat(GridKt._size(view.grid)).isEqualTo(before);
        String other = newCode();
        view.importBundle(CourseBundles.write(course(other, 1)));
        List<CourseVersion> rows = IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i))
                .toList();
        assertThat(rows).extracting(CourseVersion::code).contains(other);
    }

    @Test
    void the_editor_previews_markdown_without_running_html() {
        signIn(coordinator);
        CourseEditorView shown = new CourseEditorView(authoring);
        CourseVersion draft = authoring.edit(code);
        UI.getCurrent().add(shown);
        shown.open(draft.id());
        assertThat(shown.titleFr.getValue()).isEqualTo("Course " + code + " (fr)");
        shown.bodyFr.setValue("**gras** <script>alert(1)</script> [x](javascript:alert(2))");
        assertThat(shown.previewFr.getElement().getOuterHTML()).contains("<strong>gras</strong>")
                .doesNotContain("<script>", "javascript:");
        assertThat(shown.content().lesson("l1").orElseThrow().body().fr()).as("the source keeps what was typed")
                .contains("<script>");
    }

    @Test
    void the_coordinator_report_counts_enrolments_and_a_waiver_needs_a_reason() {
        learning.enrol(code);
        signIn(coordinator);
        TrainingReportView view = new TrainingReportView(trainingReports, waivers, review, attemptResets);
        assertThat(IntStream.range(0, GridKt._size(view.byCourse)).mapToObj(i -> GridKt._get(view.byCourse, i)))
                .anySatisfy(r -> {
                    assertThat(r.key()).isEqualTo(code);
                    assertThat(r.enrolled()).isEqualTo(1);
                });
        view.reason.setValue("court");
        view.grant();
        assertThat(view.reason.isInvalid()).isTrue();
    }

    @Test
    void the_report_lists_a_learner_out_of_attempts_and_resets_them_with_a_reason() {
        learning.enrol(code);
        learning.submitQuiz(code, "m2", java.util.Map.of("q3", java.util.Set.of("b")));
        learning.submitQuiz(code, "m2", java.util.Map.of("q3", java.util.Set.of("b")));
        signIn(coordinator);
        TrainingReportView view = new TrainingReportView(trainingReports, waivers, review, attemptResets);
        QuizAttemptResets.LearnerAttempts row = IntStream.range(0, GridKt._size(view.attempts))
                .mapToObj(i -> GridKt._get(view.attempts, i)).filter(r -> r.courseCode().equals(code)).findFirst()
                .orElseThrow();
        assertThat(view.resetAttempts.isEnabled()).as("nothing selected yet").isFalse();
        view.attempts.select(row);
        view.resetReason.setValue("court");
        view.reset();
        assertThat(view.resetReason.isInvalid()).isTrue();
        view.resetReason.setValue("Le questionnaire du module 2 était mal traduit.");
        view.reset();
        assertThat(view.resetReason.isInvalid()).isFalse();
        assertThat(IntStream.range(0, GridKt._size(view.attempts)).mapToObj(i -> GridKt._get(view.attempts, i)))
                .noneMatch(r -> r.courseCode().equals(code));
        assertThat(attemptResets.history(learner.id(), code)).hasSize(1);

        view.learnerEmail.setValue(learner.email());
        view.find();
        assertThat(GridKt._get(view.attempts, 0).resets()).isEqualTo(1);
        view.learnerEmail.setValue("personne@exemple.org");
        view.find();
        assertThat(view.learnerEmail.isInvalid()).isTrue();
    }
}
