package org.jumelage.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jumelage.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Course bundle files: the starter courses are valid; export and import round-trip; bad files store nothing. */
class CourseBundleTest extends TrainingTestSupport {

    static Person coordinator;

    @BeforeEach
    void signInAsCoordinator() {
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coordination Paquets");
        }
        signIn(coordinator);
    }

    @Test
    void the_six_starter_courses_are_valid_bilingual_bundles_with_three_to_five_lessons() throws IOException {
        assertThat(StarterCourses.bundles()).hasSize(6);
        for (Resource r : StarterCourses.bundles()) {
            CourseContent c = CourseBundles.read(r.getInputStream().readAllBytes());
            assertThat(c.lessonCount()).as(c.code()).isBetween(3, 5);
            assertThat(c.languages()).as(c.code()).containsExactlyInAnyOrder("fr", "en");
            assertThat(c.modules()).allSatisfy(m -> assertThat(m.quiz().questions()).isNotEmpty());
            c.lessons().forEach(l -> assertThat(LessonMarkdown.toHtml(l.body().fr())).doesNotContain("<script"));
        }
        starter.installAll();
        assertThat(authoring.courses()).extracting(CourseVersion::code).contains(TrainingRecords.PRIVACY_COURSE,
                TrainingRecords.SCOPING_COURSE);
        assertThat(starter.installAll()).as("installing twice adds nothing").isZero();
    }

    @Test
    void only_coordinators_install_the_starter_courses() {
        signIn(person(Role.OSBL_MEMBER, Locale.FRENCH, "Membre Sans Droit"));
        assertThatThrownBy(starter::installAll).isInstanceOf(AccessDeniedException.class);
        signOut();
        assertThatThrownBy(starter::installAll).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void an_exported_course_imports_again_as_a_new_draft_of_the_same_course() {
        String code = newCode();
        CourseVersion v1 = published(coordinator, course(code, 3, "pm.planning"));
        byte[] bundle = authoring.exportBundle(v1.id());
        assertThat(new String(bundle, StandardCharsets.UTF_8)).startsWith("format: jumelage-course/1");
        CourseVersion imported = authoring.importBundle(bundle);
        assertThat(imported.code()).isEqualTo(code);
        assertThat(imported.revision()).isEqualTo(2);
        assertThat(imported.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(imported.content()).isEqualTo(v1.content());
        assertThat(CourseBundles.read(CourseBundles.writeJson(v1.content()))).as("JSON bundles read too")
                .isEqualTo(v1.content());
    }

    @Test
    void a_malformed_bundle_is_refused_with_a_message_and_nothing_is_stored() {
        String code = newCode();
        String valid = new String(CourseBundles.write(course(code, 3)), StandardCharsets.UTF_8);
        int before = authoring.courses().size();

        assertRefused("", "training.bundle.empty");
        assertRefused("format: jumelage-course/1\ncourse: [unclosed", "training.bundle.malformed");
        assertRefused(valid.replace("format: jumelage-course/1", "format: autre/9"), "training.bundle.format");
        assertRefused(valid.replace("audience: OSBL_STAFF", "audience: TOUT_LE_MONDE"), "training.bundle.malformed");
        assertRefused(valid.replace("  durationMinutes:", "  unknownField: 1\n  durationMinutes:"),
                "training.bundle.malformed");
        // A quiz question without a right answer: well-formed, but not a course.
        assertRefused(valid.replace("correct: true", "correct: false"), "training.quizcheck.noCorrect");
        assertRefused(valid.replace("key: l2", "key: l1"), "training.key.invalid");

        assertThat(authoring.courses()).hasSize(before);
        assertThat(authoring.versions(code)).isEmpty();
        TrainingException e = catchRefusal(valid.replace("  durationMinutes:", "  unknownField: 1\n  durationMinutes:"));
        assertThat(e.arguments()[0].toString()).as("the message says where").isNotBlank();
    }

    private void assertRefused(String text, String key) {
        assertThatThrownBy(() -> authoring.importBundle(text.getBytes(StandardCharsets.UTF_8))).as(key)
                .isInstanceOf(TrainingException.class).hasMessage(key);
    }

    private TrainingException catchRefusal(String text) {
        try {
            authoring.importBundle(text.getBytes(StandardCharsets.UTF_8));
        } catch (TrainingException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
