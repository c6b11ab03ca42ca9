package org.jumelage.matching.solver;

import java.time.YearMonth;

/**
 * One calendar month of the planning horizon: capacities that hold per month (a firm's monthly hours,
 * a volunteer's weekly hours, concurrent seats) are checked month by month.
 */
public record MonthBucket(int index, YearMonth month) {

    public static int indexOf(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public static MonthBucket of(YearMonth month) {
        return new MonthBucket(indexOf(month), month);
    }

    public DateRange range() {
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }
}
