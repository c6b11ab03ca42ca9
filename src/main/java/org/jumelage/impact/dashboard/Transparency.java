package org.jumelage.impact.dashboard;

import java.util.List;

/**
 * What the public transparency page shows, all time: hours delivered by region and by sector
 * (groups where fewer than {@link OpenData#MIN_ORGANISATIONS} OSBLs were served are suppressed),
 * the firms that opted in with the share of their obligations fulfilled, the number of OSBLs
 * served and of courses completed. Aggregates only.
 */
public record Transparency(List<PublicGroup> byRegion, List<PublicGroup> bySector, List<FirmFulfilment> firms,
        long organisationsServed, long completions, long hoursDelivered) {

    /** Hours delivered to a region or sector; {@code hours} is null when suppressed. */
    public record PublicGroup(String key, Long hours) {
    }

    /** A firm that opted in: hours owed (obligations not cancelled) and confirmed. */
    public record FirmFulfilment(String name, long owed, long confirmed) {
        public double share() {
            return owed == 0 ? 0 : Math.min(1.0, (double) confirmed / owed);
        }
    }
}
