package org.jumelage.firms;

import java.time.YearMonth;

/**
 * Hours of one kind of ledger line, summed: what they add to each measure of the dashboards.
 * Allocated is allocations and adjustments minus releases, delivered is logged minus disputed,
 * confirmed is confirmed; the other kinds add nothing.
 */
public interface HoursFigure {

    /** The month (UTC) the lines were recorded in. */
    YearMonth month();

    EntryType type();

    long hours();

    default long allocatedPart() {
        return switch (type()) {
            case ALLOCATED, ADJUSTED -> hours();
            case RELEASED -> -hours();
            default -> 0;
        };
    }

    default long deliveredPart() {
        return switch (type()) {
            case LOGGED -> hours();
            case DISPUTED -> -hours();
            default -> 0;
        };
    }

    default long confirmedPart() {
        return type() == EntryType.CONFIRMED ? hours() : 0;
    }
}
