package org.jumelage.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.validation.RequiredText;
import org.jumelage.support.Hostile;
import org.jumelage.support.Refusals;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Evaluation answers (the standard survey and programme questions) and the programme question editor
 * under hostile input: stored as typed (trimmed) or refused with messages in both languages and the
 * evaluation or programme unchanged.
 */
class HostileEvaluationInputProperties extends ImpactTestSupport {

    /** Programmes made here; removed afterwards, as their questions would join other tests' surveys. */
    private final List<String> programmesMade = new ArrayList<>();

    @AfterEach
    void removeTheProgrammes() {
        mongo.remove(Query.query(Criteria.where("_id").in(programmesMade.stream().map(ObjectId::new).toList())),
                "evaluation_programmes");
        programmesMade.clear();
    }

    private static Arbitrary<Integer> numbers(int low, int high) {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.integers().between(low, high)),
                Tuple.of(1, Hostile.integers().injectNull(0.2)));
    }

    private static Arbitrary<String> mostly(String good, Arbitrary<String> bad) {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(good)), Tuple.of(1, bad));
    }

    record Submission(SurveyAnswers answers, List<String> programmeAnswers) {
    }

    @Test
    void hostile_survey_answers_are_stored_as_typed_or_refused_and_leave_nothing() {
        signIn(coordinatorForProgrammes());
        ProgrammeView programme = made(programmes.create("Programme hostile", Set.of(Sector.CULTURE),
                Set.of(Region.NORD_DU_QUEBEC)));
        programme = programmes.addQuestion(programme.id(), "Satisfait?", "Satisfied?", QuestionType.SCALE,
                programme.version());
        programme = programmes.addQuestion(programme.id(), "Autre chose?", "Anything else?", QuestionType.TEXT,
                programme.version());
        programmes.addQuestion(programme.id(), "Encore?", "Again?", QuestionType.YES_NO, programme.version());
        completedProject(Sector.CULTURE, Region.NORD_DU_QUEBEC, "Projet évalué sous contrainte");
        EvaluationSummary survey = mineFor(osblMember, EvaluationKind.SURVEY);
        Query request = Query.query(Criteria.where("_id").is(survey.id()));
        Arbitrary<SurveyAnswers> answers = Combinators.combine(numbers(1, 5), numbers(0, 100),
                mostly("Accompagner plus de familles.", Hostile.any()),
                Arbitraries.of(JobsEffect.values()).injectNull(0.1), numbers(-1_000, 1_000),
                mostly("Tableaux", Hostile.any()), numbers(1, 5), mostly("Merci!", Hostile.any()))
                .as(SurveyAnswers::new);
        Arbitrary<List<String>> programmeAnswers = Arbitraries.oneOf(Arbitraries.of("3", "YES", "NO", "Oui", "1 "),
                Hostile.any()).list().ofSize(3);
        Hostile.forAll("survey", 80, Combinators.combine(answers, programmeAnswers).as(Submission::new), s -> {
            signIn(osblMember);
            EvaluationDetails before = evaluations.get(survey.id());
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < before.questions().size(); i++) {
                given.put(before.questions().get(i).id(), s.programmeAnswers().get(i % 3));
            }
            var outcome = Refusals.attempt(() -> evaluations.submitSurvey(survey.id(), s.answers(), given));
            EvaluationDetails after = evaluations.get(survey.id());
            if (!outcome.accepted()) {
                assertThat(after).isEqualTo(before);
                return;
            }
            assertThat(after.survey()).isEqualTo(s.answers().normalised());
            assertThat(after.survey().objectives()).isBetween(1, 5);
            assertThat(after.survey().satisfaction()).isBetween(1, 5);
            after.programmeAnswers().forEach((question, answer) -> assertThat(answer).isEqualTo(given.get(question).strip()));
            // Open the survey again for the next sample (a fixture: a survey is answered once).
            mongo.updateFirst(request, new Update().unset("submittedAt").unset("survey").unset("programmeAnswers")
                    .unset("submittedBy"), "evaluation_requests");
        });
    }

    @Test
    void hostile_programme_questions_are_stored_as_typed_or_refused() {
        signIn(coordinatorForProgrammes());
        String id = made(programmes.create("Programme des questions", Set.of(), Set.of())).id();
        Arbitrary<List<String>> texts = Combinators.combine(mostly("Une question?", Hostile.any()),
                mostly("A question?", Hostile.any())).as(java.util.Arrays::asList);
        Hostile.forAll("programme question", 80, Combinators.combine(texts,
                Arbitraries.of(QuestionType.values()).injectNull(0.1)).as((t, type) -> Map.entry(t, type == null
                        ? List.<QuestionType>of() : List.of(type))), sample -> {
            ProgrammeView before = programmes.all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
            QuestionType type = sample.getValue().isEmpty() ? null : sample.getValue().get(0);
            var outcome = Refusals.attempt(() -> programmes.addQuestion(id, sample.getKey().get(0),
                    sample.getKey().get(1), type, before.version()));
            ProgrammeView after = programmes.all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
            if (!outcome.accepted()) {
                assertThat(after).isEqualTo(before);
                return;
            }
            ProgrammeQuestion added = after.questions().get(after.questions().size() - 1);
            assertThat(added.textFr()).isEqualTo(sample.getKey().get(0).strip());
            assertThat(added.textEn()).isEqualTo(sample.getKey().get(1).strip());
            assertThat(added.textFr().length()).isBetween(1, EvaluationProgrammes.MAX_QUESTION);
        });
    }

    @Test
    void hostile_follow_up_answers_are_stored_as_typed_or_refused_and_leave_nothing() {
        completedProject(Sector.CULTURE, Region.NORD_DU_QUEBEC, "Projet suivi sous contrainte");
        clock.advance(Duration.ofDays(90).plusMinutes(1));
        evaluationRequests.sendDue();
        EvaluationSummary followUp = mineFor(osblMember, EvaluationKind.FOLLOW_UP);
        Query request = Query.query(Criteria.where("_id").is(followUp.id()));
        Arbitrary<FollowUpAnswers> answers = Combinators.combine(Arbitraries.of(StillInUse.values()).injectNull(0.15),
                Arbitraries.oneOf(mostly("Le tableau sert encore chaque semaine.", Hostile.any()), Hostile.blank(),
                        Arbitraries.of("\u200B\u200C\u200D", "\u2060\uFEFF", "\u200E\u200F\u202E", "\u00A0\u3000")))
                .as(FollowUpAnswers::new);
        Hostile.forAll("follow-up", 80, answers, a -> {
            signIn(osblMember);
            EvaluationDetails before = evaluations.get(followUp.id());
            var outcome = Refusals.attempt(() -> evaluations.submitFollowUp(followUp.id(), a));
            EvaluationDetails after = evaluations.get(followUp.id());
            if (!outcome.accepted()) {
                assertThat(after).isEqualTo(before);
                return;
            }
            assertThat(after.followUp()).isEqualTo(a.normalised());
            assertThat(after.followUp().stillInUse()).isNotNull();
            if (after.followUp().stillInUse() != StillInUse.YES) {
                assertThat(RequiredText.isGiven(after.followUp().comment())).as("a reason is given").isTrue();
            }
            if (after.followUp().comment() != null) {
                assertThat(after.followUp().comment().length()).isBetween(1, SurveyAnswers.MAX_TEXT);
            }
            // Open the follow-up again for the next sample (a fixture: a follow-up is answered once).
            mongo.updateFirst(request, new Update().unset("submittedAt").unset("followUp").unset("submittedBy"),
                    "evaluation_requests");
        });
    }

    @Test
    void hostile_programme_names_are_stored_as_typed_or_refused() {
        signIn(coordinatorForProgrammes());
        String id = made(programmes.create("Programme à renommer", Set.of(), Set.of())).id();
        Hostile.forAll("programme name", 80, Hostile.any(), name -> {
            int count = programmes.all().size();
            var created = Refusals.attempt(() -> made(programmes.create(name, Set.of(Sector.CULTURE), null)));
            if (created.accepted()) {
                assertThat(created.value().name()).isEqualTo(name.strip());
                assertThat(RequiredText.isGiven(created.value().name())).isTrue();
                assertThat(created.value().name().length()).isBetween(1, EvaluationProgrammes.MAX_NAME);
            } else {
                assertThat(programmes.all()).hasSize(count);
            }
            ProgrammeView before = programmes.all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
            var renamed = Refusals.attempt(() -> programmes.update(id, name, null, Set.of(Region.MONTREAL),
                    before.version()));
            ProgrammeView after = programmes.all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
            if (renamed.accepted()) {
                assertThat(after.name()).isEqualTo(name.strip());
                assertThat(after.regions()).containsExactly(Region.MONTREAL);
            } else {
                assertThat(after).isEqualTo(before);
            }
        });
    }

    private ProgrammeView made(ProgrammeView programme) {
        programmesMade.add(programme.id());
        return programme;
    }

    private Person coordinatorForProgrammes() {
        if (coordinator == null) {
            coordinator = person(org.jumelage.accounts.Role.COORDINATOR, java.util.Locale.FRENCH, "Coordination");
        }
        return coordinator;
    }
}
