package org.jumelage.matching.solver;

import java.util.Objects;

import org.jumelage.shared.domain.Region;

/**
 * An OSBL as the fairness constraints see it.
 *
 * @param hoursReceivedLast12Months pro bono hours it received in the last twelve months
 * @param small                     a small organisation (few employees, small budget)
 * @param regional                  based outside the two large urban centres
 */
public record Organisation(String id, String name, Region region, int hoursReceivedLast12Months, boolean small,
        boolean regional) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        name = name == null ? id : name;
    }
}
