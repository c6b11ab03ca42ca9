package org.jumelage.impact.dashboard;

import java.time.YearMonth;

/**
 * One cell of the open-data export: a month, a region and a sector of the OSBLs. When fewer than
 * {@link OpenData#MIN_ORGANISATIONS} OSBLs contribute to it, every figure is null and
 * {@code suppressed} is true, so that no single organisation can be recognised.
 */
public record OpenDataRow(YearMonth month, String region, String sector, Long hoursDelivered, Long hoursConfirmed,
        Long projectsCompleted, Long organisationsServed, Long courseCompletions, boolean suppressed) {
}
