package org.jumelage.matching.solver;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A closed range of days, both ends included. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Range ends before it starts: " + start + " to " + end);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Days both ranges share (0 when they do not meet). */
    public long overlapDays(DateRange other) {
        LocalDate from = start.isAfter(other.start) ? start : other.start;
        LocalDate to = end.isBefore(other.end) ? end : other.end;
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
