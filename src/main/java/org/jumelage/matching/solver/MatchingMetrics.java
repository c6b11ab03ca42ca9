package org.jumelage.matching.solver;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Figures about a plan that are not part of its score. */
public final class MatchingMetrics {

    private MatchingMetrics() {
    }

    /**
     * Gini coefficient of matched hours across all the problem's organisations (0: every OSBL got the
     * same hours; close to 1: one OSBL got everything). 0 when nothing is matched.
     */
    public static double gini(MatchingProblem plan) {
        Map<String, Long> byOrganisation = new HashMap<>();
        for (Organisation organisation : plan.getOrganisations()) {
            byOrganisation.put(organisation.id(), 0L);
        }
        for (Seat seat : plan.getSeats()) {
            if (seat.isAssigned()) {
                byOrganisation.merge(seat.organisationId(), (long) seat.hours(), Long::sum);
            }
        }
        long[] hours = byOrganisation.values().stream().mapToLong(Long::longValue).toArray();
        return gini(hours);
    }

    static double gini(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            total += sorted[i];
            weighted += (double) (i + 1) * sorted[i];
        }
        if (n == 0 || total == 0) {
            return 0;
        }
        return (2 * weighted) / (n * total) - (double) (n + 1) / n;
    }
}
