package org.jumelage.impact.dashboard;

import java.time.YearMonth;

/**
 * One month of a dashboard: hours owed (obligations starting that month), allocated, delivered
 * (logged minus disputed) and confirmed as recorded that month, and courses completed.
 */
public record MonthFigures(YearMonth month, long owed, long allocated, long delivered, long confirmed,
        long completions) {
}
