package org.jumelage.matching.solver;

import java.util.List;
import java.util.Locale;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A plan's score, constraint by constraint, with the hours and seats it fills. */
public record ScoreBreakdown(HardMediumSoftLongScore score, long matchedHours, long totalHours, long seatsFilled,
        int seats, List<ConstraintScore> constraints) {

    /** One constraint's share of the score and how many matches it has. */
    public record ConstraintScore(MatchingConstraint constraint, HardMediumSoftLongScore score, int matches) {
    }

    public boolean feasible() {
        return score.hardScore() == 0;
    }

    /** A plain-text table, for the command line. */
    public String format() {
        StringBuilder text = new StringBuilder();
        text.append("Score: ").append(score).append(feasible() ? " (feasible)" : " (INFEASIBLE)").append('\n');
        text.append(String.format(Locale.ROOT, "Matched hours: %d of %d; seats filled: %d of %d%n", matchedHours,
                totalHours, seatsFilled, seats));
        text.append(String.format(Locale.ROOT, "%-6s %-40s %8s %24s%n", "level", "constraint", "matches", "score"));
        for (ConstraintScore line : constraints) {
            text.append(String.format(Locale.ROOT, "%-6s %-40s %8d %24s%n", line.constraint().level().name().toLowerCase(Locale.ROOT),
                    line.constraint().constraintName(), line.matches(), line.score()));
        }
        return text.toString();
    }
}
