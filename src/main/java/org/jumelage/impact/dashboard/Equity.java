package org.jumelage.impact.dashboard;

/**
 * How fairly confirmed hours are spread: the share that went to small OSBLs (fewer than five
 * employees), the share outside Montréal (06) and Capitale-Nationale (03), and the Gini
 * coefficient of confirmed hours across OSBLs that submitted a project or received hours in the
 * period (0 = equal, near 1 = all to one).
 * Shares and Gini are null when no hour was confirmed.
 */
public record Equity(long confirmed, Double smallShare, Double outsideCentresShare, Double gini, int organisations) {
}
