package org.jumelage.matching.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jumelage.matching.SolverLogs;
import org.jumelage.matching.generator.InstanceGenerator;
import org.jumelage.matching.solver.GreedyBaseline;
import org.jumelage.matching.solver.MatchingConstraint;
import org.jumelage.matching.solver.MatchingParameters;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.MatchingSolver;
import org.jumelage.matching.solver.MatchingWeights;
import org.jumelage.matching.solver.ScoreBreakdown;
import org.jumelage.matching.solver.Seat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MatchingJsonTest {

    @BeforeAll
    static void quiet() {
        SolverLogs.quiet();
    }

    private static MatchingProblem plannedProblem() {
        MatchingWeights weights = new MatchingWeights(Map.of(MatchingConstraint.PROXIMITY, 3L));
        MatchingParameters parameters = new MatchingParameters(InstanceGenerator.DEFAULT_PLANNING_DATE, 3, 150, 200, 60);
        MatchingProblem problem = GreedyBaseline.solve(InstanceGenerator.generate(40, 120, 11,
                InstanceGenerator.DEFAULT_PLANNING_DATE, weights, parameters));
        Seat pinned = problem.getSeats().stream().filter(Seat::isAssigned).findFirst().orElseThrow();
        pinned.setPinned(true);
        return problem;
    }

    @Test
    void a_problem_with_its_plan_survives_a_round_trip_with_every_fact_and_weight() {
        MatchingProblem problem = plannedProblem();
        ScoreBreakdown before = MatchingSolver.breakdown(problem);
        String json = MatchingJson.toJson(problem);

        MatchingProblem read = MatchingJson.fromJson(json);

        assertThat(MatchingJson.toJson(read)).isEqualTo(json);
        assertThat(read.getWeights().weightOf(MatchingConstraint.PROXIMITY)).isEqualTo(3);
        assertThat(read.getParameters()).isEqualTo(problem.getParameters());
        assertThat(read.getProviders()).hasSameSizeAs(problem.getProviders());
        assertThat(read.getSeats().stream().filter(Seat::isPinned).count()).isEqualTo(1);
        assertThat(MatchingSolver.breakdown(read)).isEqualTo(before);
    }

    @Test
    void a_solution_carries_its_score_breakdown() throws IOException {
        MatchingProblem problem = plannedProblem();
        ScoreBreakdown breakdown = MatchingSolver.breakdown(problem);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MatchingJson.writeSolution(problem, breakdown, out);

        JsonNode result = new ObjectMapper().readTree(out.toByteArray()).get("result");
        assertThat(result.get("score").asText()).isEqualTo(breakdown.score().toString());
        assertThat(result.get("matchedHours").asLong()).isEqualTo(problem.matchedHours());
        assertThat(result.get("constraints")).hasSize(MatchingConstraint.values().length);
        assertThat(MatchingJson.fromJson(out.toString(StandardCharsets.UTF_8)).matchedHours())
                .isEqualTo(problem.matchedHours());
    }

    @Test
    void unknown_ids_fields_and_values_are_refused_with_where_they_are() {
        String json = MatchingJson.toJson(plannedProblem());
        String providerId = json.replaceAll("(?s).*?\"providerId\" : \"([^\"]+)\".*", "$1");

        assertThatThrownBy(() -> MatchingJson.fromJson(json.replace("\"providerId\" : \"" + providerId + "\"",
                "\"providerId\" : \"volunteer:nobody\"")))
                .isInstanceOf(MatchingFileException.class).hasMessageEndingWith(": unknown provider \"volunteer:nobody\"")
                .hasMessageStartingWith("seat p");
        assertThatThrownBy(() -> MatchingJson.fromJson(json.replaceFirst("\"hours\" :", "\"colour\" : 1, \"hours\" :")))
                .isInstanceOf(MatchingFileException.class).hasMessageContaining("colour").hasMessageContaining("line ");
        assertThatThrownBy(() -> MatchingJson.fromJson(json.replaceFirst("\"language\" : \"[A-Z]+\"",
                "\"language\" : \"KLINGON\"")))
                .isInstanceOf(MatchingFileException.class).hasMessageEndingWith("\"KLINGON\" is not a WorkingLanguage");
        assertThatThrownBy(() -> MatchingJson.fromJson(json.replace("jumelage-matching/1", "other/2")))
                .isInstanceOf(MatchingFileException.class).hasMessageStartingWith("format must be");
        assertThatThrownBy(() -> MatchingJson.fromJson(json.replace("\"fair-share\" : 1", "\"fair-share\" : -1")))
                .isInstanceOf(MatchingFileException.class).hasMessageContaining("fair-share");
    }
}
