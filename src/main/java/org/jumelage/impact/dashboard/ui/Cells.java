package org.jumelage.impact.dashboard.ui;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dashboard cells read in the user's language: grouped numbers, percentages, month names. */
final class Cells {

    private Cells() {
    }

    /** The cell as text for an HTML table; null shows as an em dash. */
    static String text(Object value, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Share s) {
            NumberFormat f = NumberFormat.getPercentInstance(locale);
            f.setMaximumFractionDigits(1);
            return f.format(s.value());
        }
        if (value instanceof Double d) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(1);
            return f.format(d);
        }
        if (value instanceof Number n) {
            return NumberFormat.getIntegerInstance(locale).format(n.longValue());
        }
        return value.toString();
    }

    /** The cell for CSV: shares as decimals, other values as they are. */
    static Object csv(Object value) {
        return value instanceof Share s ? (Object) s.value() : value;
    }

    static String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }
}
