package org.jumelage.impact.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * Extension point: where the dashboards read evaluation outcomes. The evaluations feature plugs in
 * by declaring one Spring bean implementing this interface (delegating to its own outcomes API);
 * with none, the dashboards say that there are no evaluations yet. No figure is invented here.
 */
public interface EvaluationOutcomesSource {

    /**
     * Outcome lines for one organisation (or all when {@code organisationId} is null) in the
     * period, labels and values already written for {@code locale}; empty when there are none.
     */
    List<OutcomeLine> outcomes(String organisationId, Period period, Locale locale);

    /** One line of the outcomes table. */
    record OutcomeLine(String label, String value) {
    }
}
