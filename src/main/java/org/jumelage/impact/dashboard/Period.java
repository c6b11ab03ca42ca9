package org.jumelage.impact.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.jumelage.shared.validation.SaneDates;

/**
 * Days a dashboard counts, both ends included; a null end does not limit. Months and days are
 * UTC, like the month of a ledger line in {@code HoursStatistics}.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final Period ALL = new Period(null, null);

    public Period {
        if (!SaneDates.isSane(from) || !SaneDates.isSane(to)) {
            throw new DashboardException(SaneDates.MESSAGE_KEY);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new DashboardException("dashboard.period.invalid");
        }
    }

    /** The twelve months ending today: from the same day a year ago, plus one. */
    public static Period lastTwelveMonths(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new Period(today.minusYears(1).plusDays(1), today);
    }

    public static Period thisYear(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new Period(today.withDayOfYear(1), today);
    }

    public Instant start() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant no longer counted. */
    public Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(Instant at) {
        return at != null && (from == null || !at.isBefore(start())) && (to == null || at.isBefore(end()));
    }

    public boolean contains(LocalDate day) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Whether the period shares a day with the days from {@code start} to {@code end}. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (to == null || start == null || !start.isAfter(to)) && (from == null || end == null || !end.isBefore(from));
    }

    public boolean contains(YearMonth month) {
        return (from == null || !month.isBefore(YearMonth.from(from))) && (to == null || !month.isAfter(YearMonth.from(to)));
    }
}
