package org.jumelage.matching.config;

import java.time.LocalDate;

import org.jumelage.matching.solver.MatchingParameters;
import org.jumelage.matching.solver.MatchingWeights;

/**
 * What {@code matching.properties} says: the constraint weights, the constraints' parameters, how many
 * days an offer waits for an answer, and the limits of a run.
 */
public record MatchingSettings(MatchingWeights weights, int urgentFactor, int fairnessReferenceHours,
        int expiryHorizonDays, int deadlineHorizonDays, int offerExpiryDays, int maxSeats, int maxProviders,
        int maxSeconds, int shareCapHours) {

    public MatchingParameters parameters(LocalDate planningDate) {
        return new MatchingParameters(planningDate, urgentFactor, fairnessReferenceHours, expiryHorizonDays,
                deadlineHorizonDays, shareCapHours);
    }
}
