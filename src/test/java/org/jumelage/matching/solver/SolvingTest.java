package org.jumelage.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jumelage.matching.SolverLogs;
import org.jumelage.matching.config.MatchingConfigLoader;
import org.jumelage.matching.generator.InstanceGenerator;
import org.jumelage.matching.generator.InstanceSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.SolverConfig;

/** The solver on generated problems, with limits small enough for the test suite. */
class SolvingTest {

    private static SolverConfig packagedConfig;

    @BeforeAll
    static void quietAndLoad() {
        SolverLogs.quiet();
        packagedConfig = new MatchingConfigLoader(Path.of("no-such-directory")).load().solverConfig();
    }

    @Test
    void a_small_generated_problem_is_solved_without_breaking_a_hard_constraint() {
        MatchingProblem problem = InstanceGenerator.generate(InstanceSize.S, 1);
        long greedyHours = GreedyBaseline.solve(InstanceGenerator.generate(InstanceSize.S, 1)).matchedHours();

        MatchingProblem plan = MatchingSolver.solve(problem, MatchingSolver.configure(packagedConfig, 1L, 10, 600));
        ScoreBreakdown breakdown = MatchingSolver.breakdown(plan);
        System.out.println(breakdown.format());
        System.out.println("greedy hours " + greedyHours);

        assertThat(breakdown.feasible()).as(breakdown.format()).isTrue();
        assertThat(plan.getScore()).isEqualTo(breakdown.score());
        assertThat(breakdown.seatsFilled()).isPositive();
        assertThat(plan.matchedHours()).isGreaterThanOrEqualTo(greedyHours);
    }

    @Test
    void the_greedy_plan_breaks_no_hard_constraint() {
        for (InstanceSize size : new InstanceSize[] {InstanceSize.S, InstanceSize.M}) {
            MatchingProblem plan = GreedyBaseline.solve(InstanceGenerator.generate(size, 7));
            ScoreBreakdown breakdown = MatchingSolver.breakdown(plan);
            System.out.println(size + " greedy\n" + breakdown.format() + "gini " + MatchingMetrics.gini(plan));

            assertThat(breakdown.feasible()).as(breakdown.format()).isTrue();
            assertThat(breakdown.seatsFilled()).isPositive();
        }
    }

    @Test
    void pinned_seats_keep_their_provider() {
        MatchingProblem problem = InstanceGenerator.generate(InstanceSize.S, 3);
        MatchingProblem greedy = GreedyBaseline.solve(InstanceGenerator.generate(InstanceSize.S, 3));
        Seat approved = greedy.getSeats().stream().filter(Seat::isAssigned).findFirst().orElseThrow();
        Seat seat = problem.getSeats().stream().filter(s -> s.getId().equals(approved.getId())).findFirst().orElseThrow();
        Provider provider = problem.getProviders().stream()
                .filter(p -> p.getId().equals(approved.getProvider().getId())).findFirst().orElseThrow();
        seat.setProvider(provider);
        seat.setPinned(true);

        MatchingProblem plan = MatchingSolver.solve(problem, MatchingSolver.configure(packagedConfig, 2L, 10, 200));

        Seat after = plan.getSeats().stream().filter(s -> s.getId().equals(approved.getId())).findFirst().orElseThrow();
        assertThat(after.isPinned()).isTrue();
        assertThat(after.getProvider().getId()).isEqualTo(provider.getId());
    }

    @Test
    void the_same_problem_seed_and_step_limit_give_the_same_score() {
        SolverConfig config = MatchingSolver.configure(packagedConfig, 42L, 30, 400);

        MatchingProblem first = MatchingSolver.solve(InstanceGenerator.generate(InstanceSize.S, 5), config);
        MatchingProblem second = MatchingSolver.solve(InstanceGenerator.generate(InstanceSize.S, 5), config);

        assertThat(second.getScore()).isEqualTo(first.getScore());
        assertThat(second.getSeats()).map(Seat::toString).isEqualTo(first.getSeats().stream().map(Seat::toString).toList());
    }

    @Test
    void a_seat_offers_the_solver_only_providers_that_pass_the_pair_rules_that_are_switched_on() {
        Seat seat = Fixtures.seat("p1", "s1").language(org.jumelage.shared.domain.WorkingLanguage.ENGLISH).build();
        Volunteer french = Fixtures.volunteer("v1").build();
        Volunteer bilingual = Fixtures.volunteer("v2").languages(org.jumelage.shared.domain.WorkingLanguage.FRENCH,
                org.jumelage.shared.domain.WorkingLanguage.ENGLISH).build();
        java.util.List<Provider> providers = java.util.List.of(french, bilingual);
        java.util.List<Organisation> organisations = java.util.List.of(seat.organisation());

        new MatchingProblem(Fixtures.PARAMETERS, new MatchingWeights(), organisations, java.util.List.of(), providers,
                java.util.List.of(seat));
        assertThat(seat.getCandidates()).containsExactly(bilingual);

        new MatchingProblem(Fixtures.PARAMETERS,
                new MatchingWeights(java.util.Map.of(MatchingConstraint.WORKING_LANGUAGE, 0L)), organisations,
                java.util.List.of(), providers, java.util.List.of(seat));
        assertThat(seat.getCandidates()).containsExactly(french, bilingual);
    }

    @Test
    void the_score_explanation_carries_justifications_and_indicts_the_seat() {
        Volunteer novice = Fixtures.volunteer("v1").skill(Fixtures.PYTHON, org.jumelage.shared.domain.SkillLevel.BASIC)
                .build();
        Seat assigned = Fixtures.seat("p1", "s1").to(novice).build();
        Seat open = Fixtures.seat("p2", "s1").hours(25).urgent().build();
        MatchingProblem plan = new MatchingProblem(Fixtures.PARAMETERS, new MatchingWeights(),
                java.util.List.of(assigned.organisation()), java.util.List.of(), java.util.List.of(novice),
                java.util.List.of(assigned, open));

        var explanation = MatchingSolver.explain(plan);

        assertThat(explanation.getJustificationList(MatchJustification.MissingSkills.class)).containsExactly(
                new MatchJustification.MissingSkills("p1/s1", "volunteer:v1", java.util.List.of(
                        new org.jumelage.shared.domain.RequiredSkill(Fixtures.PYTHON,
                                org.jumelage.shared.domain.SkillLevel.WORKING))));
        assertThat(explanation.getJustificationList(MatchJustification.UnassignedSeat.class)).containsExactly(
                new MatchJustification.UnassignedSeat("p2/s1", 25, true, 50, open.deadline()));
        assertThat(explanation.getIndictmentMap().get(assigned).getScore().hardScore()).isEqualTo(-1);
        assertThat(MatchingSolver.breakdown(plan).feasible()).isFalse();
    }

    @Test
    void gini_is_zero_for_equal_shares_and_grows_with_concentration() {
        assertThat(MatchingMetrics.gini(new long[] {10, 10, 10})).isZero();
        assertThat(MatchingMetrics.gini(new long[] {0, 0, 30})).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MatchingMetrics.gini(new long[] {0, 0, 0})).isZero();
    }
}
