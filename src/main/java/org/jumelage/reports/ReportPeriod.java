package org.jumelage.reports;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jumelage.shared.validation.SaneDates;

/** The days a report covers, both included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** Dates are Québec dates: a line recorded at 21:00 in Montréal on the 31st belongs to the 31st. */
    public static final ZoneId ZONE = ZoneId.of("America/Montreal");

    /** A period, or a refusal naming the field at fault. */
    public static ReportPeriod of(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new ReportException("from", "report.period.fromRequired");
        }
        if (to == null) {
            throw new ReportException("to", "report.period.toRequired");
        }
        if (!SaneDates.isSane(from)) {
            throw new ReportException("from", SaneDates.MESSAGE_KEY);
        }
        if (!SaneDates.isSane(to)) {
            throw new ReportException("to", SaneDates.MESSAGE_KEY);
        }
        if (to.isBefore(from)) {
            throw new ReportException("to", "report.period.order");
        }
        return new ReportPeriod(from, to);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The first instant after the period. */
    public java.time.Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
