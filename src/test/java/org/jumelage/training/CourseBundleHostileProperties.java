package org.jumelage.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jumelage.support.Hostile;
import org.jumelage.support.JsonMutations;
import org.jumelage.support.JsonMutations.Mutation;
import org.jumelage.support.Refusals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The course bundle reader under hostile files: a starter course (as JSON, which is YAML too) with
 * values replaced by wrong types, MongoDB operators, numbers out of range, hostile text or duplicated
 * items, and YAML that is hostile in itself. Each is either read as a publishable course that writes
 * back to the same course, or refused with a training message that exists in both languages.
 */
class CourseBundleHostileProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] VALID;

    static {
        try {
            VALID = CourseBundles.writeJson(CourseBundles.read(
                    StarterCourses.bundles().get(2).getInputStream().readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return JsonMutations.mutations();
    }

    @Property(tries = 200)
    void a_hostile_bundle_is_read_faithfully_or_refused_with_a_message(@ForAll("mutations") List<Mutation> mutations)
            throws IOException {
        JsonNode root = JSON.readTree(VALID);
        for (Mutation m : mutations) {
            JsonMutations.apply(root, m);
        }
        checkReadOrRefused(JSON.writeValueAsBytes(root), mutations.toString());
    }

    @Property(tries = 100)
    void hostile_yaml_is_refused_with_a_message(@ForAll("yaml") String text) {
        checkReadOrRefused(text.getBytes(StandardCharsets.UTF_8), Hostile.shorten(text));
    }

    @Provide
    Arbitrary<String> yaml() {
        String bomb = "format: jumelage-course/1\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";
        return Arbitraries.oneOf(Hostile.text(), Hostile.blank(), Arbitraries.of(bomb,
                "format: jumelage-course/1\ncourse: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n",
                "format: jumelage-course/1\ncourse: {code: {$gt: ''}}\n",
                "format: jumelage-course/1\nformat: jumelage-course/1\n",
                "format: jumelage-course/1\ncourse:\n  code: a\n  code: b\n",
                "[".repeat(5_000) + "]".repeat(5_000),
                "format: jumelage-course/1\ncourse: " + "{a: ".repeat(3_000) + "1" + "}".repeat(3_000),
                "format: jumelage-course/1\ncourse:\n  durationMinutes: .NaN\n",
                "format: jumelage-course/1\ncourse:\n  durationMinutes: 99999999999999999999\n",
                "\u0000\u0001\u0002", "%YAML 9.9\n---\nformat: x\n"));
    }

    private static void checkReadOrRefused(byte[] bytes, String what) {
        CourseContent read;
        try {
            read = CourseBundles.read(bytes);
        } catch (TrainingException refused) {
            Refusals.keysOf(refused);
            return;
        } catch (RuntimeException | StackOverflowError other) {
            fail("a hostile bundle escaped as " + other + " after " + what, other);
            return;
        }
        // Accepted: a publishable course whose bundle reads back to the same course.
        assertThat(CourseBundles.read(CourseBundles.write(read))).isEqualTo(read);
        assertThat(CourseBundles.read(CourseBundles.writeJson(read))).isEqualTo(read);
    }
}
