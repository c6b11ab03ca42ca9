package org.jumelage.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jumelage.matching.config.MatchingConfig;
import org.jumelage.matching.config.MatchingConfigException;
import org.jumelage.matching.config.MatchingConfigLoader;
import org.jumelage.matching.json.MatchingFileException;
import org.jumelage.matching.json.MatchingJson;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.MatchingSolver;
import org.jumelage.matching.solver.ScoreBreakdown;
import org.slf4j.LoggerFactory;

/**
 * The headless solve, without the web server:
 * {@code java -jar jumelage.jar solve --input p.json --output s.json [--seconds 30] [--seed N] [--steps N]
 * [--config-dir matching-config]}. Prints the score breakdown; exit code 0 when solved, 1 when the
 * files or the configuration are refused, 2 for a usage error.
 */
public final class SolveCommand {

    public static final String NAME = "solve";
    static final String USAGE = "usage: solve --input problem.json --output solution.json [--seconds N] [--seed N]"
            + " [--steps N] [--config-dir DIR]";

    private SolveCommand() {
    }

    public static boolean isInvoked(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        quietSolverLogs();
        try {
            Integer seconds = integer(options, "seconds");
            Integer steps = integer(options, "steps");
            Long seed = options.containsKey("seed") ? Long.valueOf(options.get("seed")) : null;
            Path directory = Path.of(options.getOrDefault("config-dir", defaultConfigDir()));
            MatchingConfig config = new MatchingConfigLoader(directory).load();
            if (seconds != null && seconds > config.settings().maxSeconds()) {
                err.println("--seconds " + seconds + " is over run.max-seconds (" + config.settings().maxSeconds() + ")");
                return 1;
            }
            MatchingProblem problem;
            try (InputStream in = Files.newInputStream(Path.of(options.get("input")))) {
                problem = MatchingJson.read(in);
            }
            if (problem.getSeats().size() > config.settings().maxSeats()
                    || problem.getProviders().size() > config.settings().maxProviders()) {
                err.println(options.get("input") + ": " + problem.getSeats().size() + " seats and "
                        + problem.getProviders().size() + " providers are over run.max-seats ("
                        + config.settings().maxSeats() + ") or run.max-providers (" + config.settings().maxProviders() + ")");
                return 1;
            }
            out.println("Configuration: " + config.solverConfigSource() + ", " + config.settingsSource());
            out.println("Solving " + problem.getSeats().size() + " seats with " + problem.getProviders().size()
                    + " providers" + (seed == null ? "" : ", seed " + seed) + (steps == null ? "" : ", " + steps + " steps")
                    + (seconds == null ? "" : ", at most " + seconds + " s") + "...");
            long started = System.nanoTime();
            MatchingProblem plan = MatchingSolver.solve(problem,
                    MatchingSolver.configure(config.solverConfig(), seed, seconds, steps));
            long millis = (System.nanoTime() - started) / 1_000_000;
            ScoreBreakdown breakdown = MatchingSolver.breakdown(plan);
            try (OutputStream output = Files.newOutputStream(Path.of(options.get("output")))) {
                MatchingJson.writeSolution(plan, breakdown, output);
            }
            out.println("Solved in " + millis + " ms; solution written to " + options.get("output"));
            out.print(breakdown.format());
            return 0;
        } catch (MatchingConfigException e) {
            err.println("Configuration refused: " + e.detail());
            return 1;
        } catch (MatchingFileException e) {
            err.println(options.get("input") + ": " + e.getMessage());
            return 1;
        } catch (NumberFormatException e) {
            err.println("not a number: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("cannot read or write a file: " + e);
            return 1;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            if (!Map.of("input", 1, "output", 1, "seconds", 1, "seed", 1, "steps", 1, "config-dir", 1).containsKey(name)) {
                throw new IllegalArgumentException("unknown option: " + arg);
            }
            options.put(name, args[++i]);
        }
        if (!options.containsKey("input") || !options.containsKey("output")) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        return options;
    }

    private static Integer integer(Map<String, String> options, String name) {
        if (!options.containsKey(name)) {
            return null;
        }
        int value = Integer.parseInt(options.get(name));
        if (value < 1) {
            throw new NumberFormatException("--" + name + " must be 1 or more");
        }
        return value;
    }

    /** Same setting as the web application: {@code jumelage.matching.config-dir}, else ./matching-config. */
    static String defaultConfigDir() {
        String fromProperty = System.getProperty("jumelage.matching.config-dir");
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty;
        }
        String fromEnvironment = System.getenv("JUMELAGE_MATCHING_CONFIG_DIR");
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "matching-config";
    }

    /** Without Spring, logback logs everything at DEBUG: keep the solver to its summary lines. */
    private static void quietSolverLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
