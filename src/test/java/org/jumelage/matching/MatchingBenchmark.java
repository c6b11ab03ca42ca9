package org.jumelage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jumelage.matching.config.MatchingConfig;
import org.jumelage.matching.config.MatchingConfigLoader;
import org.jumelage.matching.generator.InstanceGenerator;
import org.jumelage.matching.generator.InstanceSize;
import org.jumelage.matching.solver.GreedyBaseline;
import org.jumelage.matching.solver.MatchingMetrics;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.MatchingSolver;
import org.jumelage.matching.solver.ScoreBreakdown;
import org.junit.jupiter.api.Test;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * The matching benchmark (see docs/performance.md): per size, the greedy baseline against the solver
 * on the same generated problem. Prints figures and asserts no timing. Run with
 * {@code mvn -Pbenchmark test -Dtest=MatchingBenchmark [-Dmatching.benchmark.sizes=S,M,L]
 * [-Dmatching.benchmark.seconds=60] [-Dmatching.benchmark.reportSeconds=30] [-Dmatching.benchmark.seed=1]
 * [-Dmatching.benchmark.configDir=matching-config]}.
 */
class MatchingBenchmark {

    private static final Path OUTPUT = Path.of("target", "benchmark", "matching");
    private static final long[] CHECKPOINTS_SECONDS = {10, 30, 60};

    private record Best(long millis, long matchedHours, HardMediumSoftLongScore score) {
    }

    @Test
    void solver_against_greedy_per_size() throws IOException {
        SolverLogs.quiet();
        List<InstanceSize> sizes = Arrays.stream(System.getProperty("matching.benchmark.sizes", "S,M").split(","))
                .map(String::strip).map(InstanceSize::valueOf).toList();
        int seconds = Integer.getInteger("matching.benchmark.seconds", 60);
        int reportSeconds = Integer.getInteger("matching.benchmark.reportSeconds", 30);
        long seed = Long.getLong("matching.benchmark.seed", 1L);
        Files.createDirectories(OUTPUT);
        MatchingConfig config = new MatchingConfigLoader(
                Path.of(System.getProperty("matching.benchmark.configDir", "matching-config"))).load();
        SolverConfig packaged = config.solverConfig();
        SolverConfig timed = MatchingSolver.configure(packaged, seed, null, null)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit((long) seconds));

        List<String> csv = new ArrayList<>();
        csv.add("size,seats,providers,method,total_hours,matched_hours,seats_filled,score,feasible,gini,"
                + "hours_at_10s,score_at_10s,hours_at_30s,score_at_30s,hours_at_60s,score_at_60s,"
                + "seconds_to_99pct_hours,score_calculations_per_second,millis");
        List<MatchingProblem> problems = new ArrayList<>();
        for (InstanceSize size : sizes) {
            MatchingProblem greedyPlan = GreedyBaseline.solve(generate(size, seed, config));
            long greedyStart = System.nanoTime();
            GreedyBaseline.solve(greedyPlan);
            long greedyMillis = (System.nanoTime() - greedyStart) / 1_000_000;
            ScoreBreakdown greedy = MatchingSolver.breakdown(greedyPlan);
            csv.add(line(size, "greedy", greedy, MatchingMetrics.gini(greedyPlan), List.of(), -1, greedyMillis));

            MatchingProblem problem = generate(size, seed, config);
            problems.add(generate(size, seed, config));
            List<Best> bests = new ArrayList<>();
            long start = System.nanoTime();
            Solver<MatchingProblem> solver = SolverFactory.<MatchingProblem>create(timed).buildSolver();
            solver.addEventListener(event -> bests.add(new Best((System.nanoTime() - start) / 1_000_000,
                    event.getNewBestSolution().matchedHours(), (HardMediumSoftLongScore) event.getNewBestScore())));
            MatchingProblem plan = solver.solve(problem);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long speed = ((DefaultSolver<MatchingProblem>) solver).getSolverScope().getScoreCalculationSpeed();
            ScoreBreakdown solved = MatchingSolver.breakdown(plan);
            csv.add(line(size, "solver", solved, MatchingMetrics.gini(plan), bests, speed, millis));
            assertThat(solved.score()).isNotNull();
        }
        Path summary = OUTPUT.resolve("summary.csv");
        Files.write(summary, csv, StandardCharsets.UTF_8);
        System.out.println("\n== Matching benchmark (" + seconds + " s per size, seed " + seed + ") ==");
        csv.forEach(System.out::println);
        System.out.println("CSV summary: " + summary.toAbsolutePath());

        if (reportSeconds > 0) {
            File report = benchmarkReport(packaged, seed, reportSeconds, problems);
            System.out.println("OptaPlanner benchmark report: index.html in the newest folder of "
                    + report.getAbsolutePath());
        }
    }

    /** The generated problem with the weights and parameters of the configuration. */
    private static MatchingProblem generate(InstanceSize size, long seed, MatchingConfig config) {
        return InstanceGenerator.generate(size.seats(), size.providers(), seed, InstanceGenerator.DEFAULT_PLANNING_DATE,
                config.settings().weights(), config.settings().parameters(InstanceGenerator.DEFAULT_PLANNING_DATE));
    }

    /** OptaPlanner's benchmarker on the same problems, for its HTML report (best score over time...). */
    private static File benchmarkReport(SolverConfig packaged, long seed, int reportSeconds,
            List<MatchingProblem> problems) {
        SolverConfig config = MatchingSolver.configure(packaged, seed, null, null)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit((long) reportSeconds));
        PlannerBenchmarkConfig benchmarkConfig = PlannerBenchmarkConfig.createFromSolverConfig(config,
                OUTPUT.resolve("report").toFile());
        return PlannerBenchmarkFactory.create(benchmarkConfig)
                .buildPlannerBenchmark(problems.toArray(new MatchingProblem[0])).benchmark();
    }

    private static String line(InstanceSize size, String method, ScoreBreakdown result, double gini, List<Best> bests,
            long speed, long millis) {
        StringBuilder at = new StringBuilder();
        for (long checkpoint : CHECKPOINTS_SECONDS) {
            Best best = bests.stream().filter(b -> b.millis() <= checkpoint * 1000).reduce((a, b) -> b).orElse(null);
            at.append(best == null ? "," : best.matchedHours() + ",").append(best == null ? "" : best.score()).append(',');
        }
        String to99 = "";
        if (!bests.isEmpty()) {
            long target = (long) Math.ceil(result.matchedHours() * 0.99);
            to99 = bests.stream().filter(b -> b.matchedHours() >= target).findFirst()
                    .map(b -> String.format(Locale.ROOT, "%.1f", b.millis() / 1000.0)).orElse("");
        }
        return String.format(Locale.ROOT, "%s,%d,%d,%s,%d,%d,%d,%s,%s,%.3f,%s%s,%s,%d", size, size.seats(),
                size.providers(), method, result.totalHours(), result.matchedHours(), result.seatsFilled(),
                result.score(), result.feasible(), gini, at, to99, speed < 0 ? "" : Long.toString(speed), millis);
    }
}
