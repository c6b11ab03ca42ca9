package org.jumelage.matching.solver;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Numbers the constraints use besides their weights (from {@code matching.properties}).
 *
 * @param planningDate            "today" for the run: expiry and deadline distances count from it
 * @param urgentFactor            an urgent project's unassigned hours count this many times
 * @param fairnessReferenceHours  an OSBL that received this many hours or more in 12 months gets no
 *                                under-served bonus; one that received none gets the full bonus
 * @param expiryHorizonDays       obligations expiring within this many days earn the expiry bonus,
 *                                the more the sooner they expire
 * @param deadlineHorizonDays     unassigned seats whose deadline is within this many days cost more,
 *                                the more the closer it is
 */
public record MatchingParameters(LocalDate planningDate, int urgentFactor, int fairnessReferenceHours,
        int expiryHorizonDays, int deadlineHorizonDays) {

    public static final int NEED_POINTS = 10;

    public MatchingParameters {
        Objects.requireNonNull(planningDate, "planningDate");
    }

    public static MatchingParameters defaults(LocalDate planningDate) {
        return new MatchingParameters(planningDate, 2, 200, 365, 90);
    }

    public MatchingParameters withPlanningDate(LocalDate date) {
        return new MatchingParameters(date, urgentFactor, fairnessReferenceHours, expiryHorizonDays,
                deadlineHorizonDays);
    }
}
