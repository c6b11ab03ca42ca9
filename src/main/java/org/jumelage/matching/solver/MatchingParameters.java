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
 * @param shareCapHours           an OSBL's matched hours in one run beyond this many count against the
 *                                plan at the medium level (0: no cap)
 */
public record MatchingParameters(LocalDate planningDate, int urgentFactor, int fairnessReferenceHours,
        int expiryHorizonDays, int deadlineHorizonDays, int shareCapHours) {

    public static final int NEED_POINTS = 10;

    /** The packaged share cap, in hours per OSBL and run. */
    public static final int DEFAULT_SHARE_CAP_HOURS = 700;

    public MatchingParameters {
        Objects.requireNonNull(planningDate, "planningDate");
    }

    /** With the packaged share cap. */
    public MatchingParameters(LocalDate planningDate, int urgentFactor, int fairnessReferenceHours,
            int expiryHorizonDays, int deadlineHorizonDays) {
        this(planningDate, urgentFactor, fairnessReferenceHours, expiryHorizonDays, deadlineHorizonDays,
                DEFAULT_SHARE_CAP_HOURS);
    }

    public static MatchingParameters defaults(LocalDate planningDate) {
        return new MatchingParameters(planningDate, 2, 200, 365, 90, DEFAULT_SHARE_CAP_HOURS);
    }

    public MatchingParameters withPlanningDate(LocalDate date) {
        return new MatchingParameters(date, urgentFactor, fairnessReferenceHours, expiryHorizonDays,
                deadlineHorizonDays, shareCapHours);
    }
}
