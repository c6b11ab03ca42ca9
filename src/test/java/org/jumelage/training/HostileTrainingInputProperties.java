package org.jumelage.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jumelage.accounts.Role;
import org.jumelage.support.Hostile;
import org.jumelage.support.JsonMutations;
import org.jumelage.support.Refusals;
import org.jumelage.training.CourseContent.Choice;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.CourseContent.Question;
import org.jumelage.training.CourseContent.Quiz;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Quiz answers, the quiz editor and the course bundle import under hostile input: accepted and stored
 * as typed, or refused with messages in both languages and nothing stored (no attempt counted, no
 * course or draft changed).
 */
class HostileTrainingInputProperties extends TrainingTestSupport {

    /** The longest text any field of a course may hold: a lesson's body. */
    private static final int LONGEST_TEXT = 20_000;

    @Autowired
    MongoTemplate mongo;

    private static Arbitrary<String> mostly(String good, Arbitrary<String> bad) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(good)), Tuple.of(1, bad));
    }

    @Test
    void hostile_quiz_answers_are_scored_or_refused_and_count_one_attempt_at_most() {
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Autrice");
        String code = newCode();
        published(coordinator, course(code, 0));
        signIn(person(Role.OSBL_MEMBER, Locale.FRENCH, "Apprenante"));
        learning.enrol(code);
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("q1", "q2", "q3", "a", "b", "c"), Hostile.any());
        Arbitrary<Set<String>> choices = keys.set().ofMaxSize(6).map(s -> {
            Set<String> withNulls = new HashSet<>(s);
            if (s.size() % 3 == 2) {
                withNulls.add(null);
            }
            return withNulls;
        }).injectNull(0.1);
        Arbitrary<Map<String, Set<String>>> answers = Arbitraries.maps(keys.filter(k -> k != null), choices)
                .ofMaxSize(5).injectNull(0.05);
        Hostile.forAll("quiz answers", 80, Combinators.combine(answers,
                Arbitraries.oneOf(Arbitraries.of("m1", "m2"), Hostile.any())).as(java.util.AbstractMap.SimpleEntry::new), sample -> {
            String module = sample.getValue();
            int before = attempts(code, module);
            var outcome = Refusals.attempt(() -> learning.submitQuiz(code, module, sample.getKey()));
            int after = attempts(code, module);
            if (outcome.accepted()) {
                assertThat(outcome.value().score()).isBetween(0, 100);
                assertThat(after).isEqualTo(before + 1);
            } else {
                assertThat(after).isEqualTo(before);
            }
        });
    }

    private int attempts(String code, String module) {
        return learning.myLearning().stream().filter(p -> p.courseCode().equals(code)).findFirst()
                .map(p -> p.quizzes().get(module)).map(Progress.QuizStatus::attempts).orElse(0);
    }

    private static Arbitrary<Quiz> quizzes() {
        Arbitrary<Bilingual> texts = Combinators.combine(mostly("Texte", Hostile.any()), mostly("Text", Hostile.any()))
                .as(Bilingual::new);
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("a", "b", "q9"), Hostile.any());
        Arbitrary<Choice> choice = Combinators.combine(keys, texts, Arbitraries.of(true, false), texts).as(Choice::new);
        Arbitrary<Question> question = Combinators.combine(keys, texts, Arbitraries.of(true, false),
                choice.list().ofMaxSize(6)).as(Question::new);
        return Combinators.combine(Hostile.integers(), question.list().ofMaxSize(4)).as(Quiz::new);
    }

    @Test
    void a_hostile_quiz_in_the_editor_is_saved_as_typed_or_refused_and_the_draft_stays() {
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Éditrice"));
        CourseVersion draft = authoring.create(course(newCode(), 0));
        Hostile.forAll("quiz editor", 100, quizzes(), quiz -> {
            CourseVersion before = authoring.get(draft.id());
            CourseContent c = before.content();
            CourseModule m = c.modules().get(0);
            CourseContent edited = new CourseContent(c.code(), c.title(), c.summary(), c.audience(),
                    c.durationMinutes(), c.level(), c.languages(), c.relatedSkills(), c.maxQuizAttempts(),
                    List.of(new CourseModule(m.key(), m.title(), m.lessons(), quiz), c.modules().get(1)));
            var outcome = Refusals.attempt(() -> authoring.saveDraft(draft.id(), edited, before.version()));
            CourseVersion after = authoring.get(draft.id());
            if (!outcome.accepted()) {
                assertThat(after).isEqualTo(before);
                return;
            }
            assertThat(after.content()).isEqualTo(edited);
            assertTextsWithinLimit(after.content());
        });
    }

    @Test
    void a_hostile_bundle_import_stores_a_whole_course_or_nothing() throws IOException {
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Importatrice"));
        ObjectMapper json = new ObjectMapper();
        CourseContent base = course(newCode(), 0);
        Hostile.forAll("bundle import", 60, JsonMutations.mutations(), mutations -> {
            try {
                String code = newCode();
                CourseContent content = new CourseContent(code, base.title(), base.summary(), base.audience(),
                        base.durationMinutes(), base.level(), base.languages(), base.relatedSkills(),
                        base.maxQuizAttempts(), base.modules());
                JsonNode root = json.readTree(CourseBundles.writeJson(content));
                mutations.forEach(m -> JsonMutations.apply(root, m));
                byte[] bytes = json.writeValueAsBytes(root);
                String typedCode = root.path("course").path("code").asText(code).strip();
                Query sameCode = Query.query(Criteria.where("code").in(code, typedCode));
                long before = mongo.count(sameCode, "courses");
                var outcome = Refusals.attempt(() -> authoring.importBundle(bytes));
                long after = mongo.count(sameCode, "courses");
                if (outcome.accepted()) {
                    assertThat(after).isEqualTo(before + 1);
                    assertThat(authoring.get(outcome.value().id()).content()).isEqualTo(CourseBundles.read(bytes));
                    assertTextsWithinLimit(outcome.value().content());
                } else {
                    assertThat(after).isEqualTo(before);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void assertTextsWithinLimit(CourseContent c) {
        Map<String, Bilingual> texts = new HashMap<>();
        texts.put("title", c.title());
        texts.put("summary", c.summary());
        for (CourseModule m : c.modules()) {
            texts.put(m.key(), m.title());
            m.lessons().forEach(l -> {
                texts.put(l.key() + ".title", l.title());
                texts.put(l.key() + ".body", l.body());
            });
            if (m.quiz() != null) {
                for (Question q : m.quiz().questions()) {
                    texts.put(q.key(), q.text());
                    q.choices().forEach(ch -> {
                        texts.put(q.key() + "/" + ch.key(), ch.text());
                        texts.put(q.key() + "/" + ch.key() + ".explanation", ch.explanation());
                    });
                }
            }
        }
        texts.forEach((where, text) -> {
            if (text != null) {
                assertThat(text.fr().length()).as(where).isLessThanOrEqualTo(LONGEST_TEXT);
                assertThat(text.en().length()).as(where).isLessThanOrEqualTo(LONGEST_TEXT);
            }
        });
    }
}
