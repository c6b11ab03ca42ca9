package org.jumelage.impact.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small statistics the dashboards need: median and Gini coefficient. */
public final class Statistics {

    private Statistics() {
    }

    /** The median, or null for no values. */
    public static Double median(Collection<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compareTo);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * The Gini coefficient of non-negative values: 0 when all are equal, (n−1)/n when one holds
     * everything; null when there are no values or they sum to zero.
     */
    public static Double gini(Collection<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compareTo);
        int n = sorted.size();
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            total += sorted.get(i);
            weighted += (i + 1) * (double) sorted.get(i);
        }
        if (n == 0 || total == 0) {
            return null;
        }
        return 2 * weighted / (n * total) - (n + 1.0) / n;
    }
}
