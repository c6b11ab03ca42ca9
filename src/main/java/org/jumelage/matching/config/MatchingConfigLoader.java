package org.jumelage.matching.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.jumelage.matching.solver.MatchingConstraint;
import org.jumelage.matching.solver.MatchingConstraints;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.MatchingWeights;
import org.jumelage.matching.solver.Seat;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Reads {@value #SOLVER_CONFIG} and {@value #SETTINGS} from the configuration directory at every call,
 * each file falling back to the packaged default (classpath {@code matching/}) when the directory
 * does not hold it. A file that is there but cannot be used refuses the run with a
 * {@link MatchingConfigException} naming the file and the problem; nothing falls back silently then.
 */
public class MatchingConfigLoader {

    public static final String SOLVER_CONFIG = "solverConfig.xml";
    public static final String SETTINGS = "matching.properties";
    static final String PACKAGED = "matching/";
    static final String PACKAGED_SOURCE = "packaged default";

    private final Path directory;

    public MatchingConfigLoader(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public MatchingConfig load() {
        Source solverSource = read(SOLVER_CONFIG);
        Source settingsSource = read(SETTINGS);
        MatchingSettings settings = parseSettings(settingsSource);
        SolverConfig solverConfig = parseSolverConfig(solverSource);
        return new MatchingConfig(solverConfig, settings, solverSource.name(), settingsSource.name());
    }

    // ---- files ----------------------------------------------------------------------------------

    private record Source(String name, String text) {
    }

    private Source read(String fileName) {
        Path file = directory == null ? null : directory.resolve(fileName);
        if (file != null && Files.exists(file)) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new MatchingConfigException(file.toString(), "not a readable file");
            }
            try {
                return new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new MatchingConfigException(file.toString(), "cannot be read as UTF-8 text (" + e.getMessage() + ")");
            }
        }
        try (InputStream in = MatchingConfigLoader.class.getClassLoader().getResourceAsStream(PACKAGED + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Packaged " + PACKAGED + fileName + " is missing");
            }
            return new Source(PACKAGED_SOURCE + " " + fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Packaged " + PACKAGED + fileName + " cannot be read", e);
        }
    }

    // ---- matching.properties -------------------------------------------------------------------------

    /** Keys besides the weights, with their allowed range. */
    private static final Map<String, long[]> PARAMETERS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("priority.urgent-factor", new long[] {1, 100});
        PARAMETERS.put("fairness.reference-hours", new long[] {1, 100_000});
        PARAMETERS.put("fairness.share-cap-hours", new long[] {0, 1_000_000});
        PARAMETERS.put("expiry.horizon-days", new long[] {0, 3_650});
        PARAMETERS.put("deadline.horizon-days", new long[] {0, 3_650});
        PARAMETERS.put("offer.expiry-days", new long[] {1, 365});
        PARAMETERS.put("run.max-seats", new long[] {1, 1_000_000});
        PARAMETERS.put("run.max-providers", new long[] {1, 1_000_000});
        PARAMETERS.put("run.max-seconds", new long[] {1, 86_400});
    }

    static final long MAX_WEIGHT = 1_000_000;

    private MatchingSettings parseSettings(Source source) {
        Properties given = new Properties();
        try (Reader reader = new StringReader(source.text())) {
            given.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new MatchingConfigException(source.name(), "not a properties file (" + e.getMessage() + ")");
        }
        Properties defaults = packagedSettings();
        TreeSet<String> unknown = new TreeSet<>(given.stringPropertyNames());
        unknown.removeAll(defaults.stringPropertyNames());
        if (!unknown.isEmpty()) {
            throw new MatchingConfigException(source.name(), "unknown key " + String.join(", ", unknown)
                    + " (known keys are listed in README.md)");
        }
        Map<MatchingConstraint, Long> weights = new EnumMap<>(MatchingConstraint.class);
        for (MatchingConstraint constraint : MatchingConstraint.values()) {
            String key = "weight." + constraint.id();
            weights.put(constraint, number(source.name(), key, given.getProperty(key, defaults.getProperty(key)), 0,
                    MAX_WEIGHT));
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        PARAMETERS.forEach((key, range) -> values.put(key,
                (int) number(source.name(), key, given.getProperty(key, defaults.getProperty(key)), range[0], range[1])));
        return new MatchingSettings(new MatchingWeights(weights), values.get("priority.urgent-factor"),
                values.get("fairness.reference-hours"), values.get("expiry.horizon-days"),
                values.get("deadline.horizon-days"), values.get("offer.expiry-days"), values.get("run.max-seats"),
                values.get("run.max-providers"), values.get("run.max-seconds"), values.get("fairness.share-cap-hours"));
    }

    private static long number(String file, String key, String text, long min, long max) {
        if (text == null) {
            throw new IllegalStateException("Packaged " + SETTINGS + " lacks " + key);
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new MatchingConfigException(file, key + " = \"" + text.strip() + "\" is not a whole number");
        }
        if (value < min || value > max) {
            throw new MatchingConfigException(file, key + " = " + value + " is outside " + min + " to " + max);
        }
        return value;
    }

    private static Properties packagedSettings() {
        Properties defaults = new Properties();
        try (InputStream in = MatchingConfigLoader.class.getClassLoader().getResourceAsStream(PACKAGED + SETTINGS)) {
            defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Packaged " + PACKAGED + SETTINGS + " cannot be read", e);
        }
        return defaults;
    }

    // ---- solverConfig.xml ---------------------------------------------------------------------------

    private SolverConfig parseSolverConfig(Source source) {
        SolverConfig config;
        try (Reader reader = new StringReader(source.text())) {
            config = SolverConfig.createFromXmlReader(reader, MatchingConfigLoader.class.getClassLoader());
        } catch (RuntimeException | IOException e) {
            throw new MatchingConfigException(source.name(), "not a valid solver configuration (" + rootMessage(e) + ")");
        }
        TerminationConfig termination = config.getTerminationConfig();
        if (termination == null || (termination.getSpentLimit() == null && termination.getSecondsSpentLimit() == null
                && termination.getMinutesSpentLimit() == null && termination.getMillisecondsSpentLimit() == null
                && termination.getHoursSpentLimit() == null)) {
            throw new MatchingConfigException(source.name(),
                    "the <termination> of the solver needs a time limit such as <secondsSpentLimit>");
        }
        if (config.getPhaseConfigList() == null || config.getPhaseConfigList().isEmpty()) {
            throw new MatchingConfigException(source.name(),
                    "no phase: add a <constructionHeuristic> and a <localSearch>");
        }
        ScoreDirectorFactoryConfig scoreConfig = config.getScoreDirectorFactoryConfig() == null
                ? new ScoreDirectorFactoryConfig() : config.getScoreDirectorFactoryConfig();
        config.withSolutionClass(MatchingProblem.class).withEntityClasses(Seat.class)
                .withScoreDirectorFactory(scoreConfig.withConstraintProviderClass(MatchingConstraints.class)
                        .withEasyScoreCalculatorClass(null).withIncrementalScoreCalculatorClass(null));
        try {
            SolverFactory.create(config.copyConfig()).buildSolver();
        } catch (RuntimeException e) {
            throw new MatchingConfigException(source.name(), "the solver cannot be built (" + rootMessage(e) + ")");
        }
        return config;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.strip().replaceAll("\\s+", " ");
    }
}
