package org.jumelage.firms;

import java.time.YearMonth;

/**
 * Hours of one kind of ledger line, summed per firm (null for volunteers), project and month (UTC)
 * of recording: the raw material of the dashboards, with no person in it.
 */
public record HoursTally(String firmId, ProviderRef.Kind providerKind, String projectId, EntryType type,
        YearMonth month, long hours) {

    /**
     * What the line adds to each measure: allocated (allocations and adjustments minus releases),
     * delivered (logged minus disputed), confirmed. The other kinds add nothing.
     */
    public long allocatedPart() {
        return switch (type) {
            case ALLOCATED, ADJUSTED -> hours;
            case RELEASED -> -hours;
            default -> 0;
        };
    }

    public long deliveredPart() {
        return switch (type) {
            case LOGGED -> hours;
            case DISPUTED -> -hours;
            default -> 0;
        };
    }

    public long confirmedPart() {
        return type == EntryType.CONFIRMED ? hours : 0;
    }
}
