package org.jumelage.shared.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates Jumelage works with: from the first day of {@value #FIRST_YEAR} to the last day of
 * {@value #LAST_YEAR}. Every date a person gives (project dates, availability and blackout periods,
 * obligations, incidents, report, dashboard and journal periods) must fall inside; a date outside
 * (year 1, year 9999, {@link LocalDate#MIN}) is refused with {@link #MESSAGE_KEY} rather than
 * overflowing a calculation or the store's date type. An absent date is another rule's business.
 */
public final class SaneDates {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final LocalDate EARLIEST = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(LAST_YEAR, 12, 31);
    /** "The date must fall between 2000 and 2100", in both languages. */
    public static final String MESSAGE_KEY = "validation.date.outOfRange";

    private static final Instant FIRST_INSTANT = EARLIEST.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LAST_INSTANT = LATEST.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();

    private SaneDates() {
    }

    /** Whether the date is absent or inside the range. */
    public static boolean isSane(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Whether the instant is absent or within a day (any time zone) of the range. */
    public static boolean isSane(Instant instant) {
        return instant == null || !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
    }

    /** Refuses, naming the field, a date outside the range. */
    public static void check(String field, LocalDate date) {
        if (!isSane(date)) {
            throw new OutOfRange(field);
        }
    }

    /** Refuses, naming the field, an instant outside the range. */
    public static void check(String field, Instant instant) {
        if (!isSane(instant)) {
            throw new OutOfRange(field);
        }
    }

    /** A date outside the range, told with {@link #MESSAGE_KEY}. */
    public static class OutOfRange extends RefusalException {
        public OutOfRange(String field) {
            super(field, MESSAGE_KEY);
        }
    }
}
