package org.jumelage.matching.config;

import org.optaplanner.core.config.solver.SolverConfig;

/**
 * A configuration as loaded for one run. {@code solverConfig} is this run's own copy (callers may
 * change it); the sources say where each file came from (a path, or {@code packaged default}).
 */
public record MatchingConfig(SolverConfig solverConfig, MatchingSettings settings, String solverConfigSource,
        String settingsSource) {
}
