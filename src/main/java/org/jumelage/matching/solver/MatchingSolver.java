package org.jumelage.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.event.BestSolutionChangedEvent;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** Runs the solver on a problem and explains a plan's score. */
public final class MatchingSolver {

    private static volatile SolutionManager<MatchingProblem, HardMediumSoftLongScore> scoring;

    private MatchingSolver() {
    }

    /**
     * A copy of {@code base} with the run's overrides: {@code seed} replaces the random seed;
     * {@code seconds} replaces the time limit; {@code steps} ends each local search phase after that
     * many steps and drops the time-based unimproved limit, so that the same problem and seed give the
     * same plan (the time limit stays as a safety net). Nulls keep the base's values.
     */
    public static SolverConfig configure(SolverConfig base, Long seed, Integer seconds, Integer steps) {
        SolverConfig config = base.copyConfig();
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        TerminationConfig termination = config.getTerminationConfig() == null ? new TerminationConfig()
                : config.getTerminationConfig().copyConfig();
        if (seconds != null) {
            termination = termination.withSpentLimit(null).withMillisecondsSpentLimit(null)
                    .withMinutesSpentLimit(null).withHoursSpentLimit(null).withDaysSpentLimit(null)
                    .withSecondsSpentLimit((long) seconds);
        }
        if (steps != null) {
            termination = termination.withUnimprovedSpentLimit(null).withUnimprovedMillisecondsSpentLimit(null)
                    .withUnimprovedSecondsSpentLimit(null).withUnimprovedMinutesSpentLimit(null)
                    .withUnimprovedHoursSpentLimit(null).withUnimprovedDaysSpentLimit(null);
            List<PhaseConfig> phases = new ArrayList<>();
            for (PhaseConfig phase : config.getPhaseConfigList()) {
                if (phase instanceof LocalSearchPhaseConfig localSearch) {
                    LocalSearchPhaseConfig limited = localSearch.copyConfig();
                    limited.setTerminationConfig(new TerminationConfig().withStepCountLimit(steps));
                    phases.add(limited);
                } else {
                    phases.add(phase);
                }
            }
            config.setPhaseConfigList(phases);
        }
        config.setTerminationConfig(termination);
        return config;
    }

    /** Solves and returns the best plan found (a new object; the problem is left as it was). */
    public static MatchingProblem solve(MatchingProblem problem, SolverConfig config) {
        return solve(problem, config, null);
    }

    public static MatchingProblem solve(MatchingProblem problem, SolverConfig config,
            Consumer<BestSolutionChangedEvent<MatchingProblem>> onBestSolution) {
        Solver<MatchingProblem> solver = SolverFactory.<MatchingProblem>create(config).buildSolver();
        if (onBestSolution != null) {
            solver.addEventListener(onBestSolution::accept);
        }
        return solver.solve(problem);
    }

    /** Scores the plan as it stands (sets its score) and breaks the score down by constraint. */
    public static ScoreBreakdown breakdown(MatchingProblem plan) {
        ScoreExplanation<MatchingProblem, HardMediumSoftLongScore> explanation = scoring().explain(plan);
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = explanation.getConstraintMatchTotalMap();
        List<ScoreBreakdown.ConstraintScore> lines = new ArrayList<>();
        for (MatchingConstraint constraint : MatchingConstraint.values()) {
            ConstraintMatchTotal<HardMediumSoftLongScore> total = totals.values().stream()
                    .filter(t -> t.getConstraintName().equals(constraint.constraintName())).findFirst().orElse(null);
            lines.add(new ScoreBreakdown.ConstraintScore(constraint,
                    total == null ? HardMediumSoftLongScore.ZERO : total.getScore(),
                    total == null ? 0 : total.getConstraintMatchCount()));
        }
        return new ScoreBreakdown(explanation.getScore(), plan.matchedHours(), plan.totalHours(), plan.seatsFilled(),
                plan.getSeats().size(), List.copyOf(lines));
    }

    /** The full explanation (constraint matches with their justifications, indictments). */
    public static ScoreExplanation<MatchingProblem, HardMediumSoftLongScore> explain(MatchingProblem plan) {
        return scoring().explain(plan);
    }

    private static SolutionManager<MatchingProblem, HardMediumSoftLongScore> scoring() {
        if (scoring == null) {
            synchronized (MatchingSolver.class) {
                if (scoring == null) {
                    SolverConfig config = new SolverConfig().withSolutionClass(MatchingProblem.class)
                            .withEntityClasses(Seat.class)
                            .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                                    .withConstraintProviderClass(MatchingConstraints.class)
                                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
                    scoring = SolutionManager.create(SolverFactory.create(config));
                }
            }
        }
        return scoring;
    }
}
