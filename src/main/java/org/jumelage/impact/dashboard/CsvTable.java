package org.jumelage.impact.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jumelage.shared.i18n.Languages;

/**
 * A dashboard table as CSV, the way the compliance report writes it: UTF-8 with a byte-order mark
 * (so that spreadsheets show accents), semicolons in French (Québec spreadsheets use the decimal
 * comma), commas in English. Texts never start a spreadsheet formula.
 */
public final class CsvTable {

    private CsvTable() {
    }

    /** Headers already in the reader's language; cells are texts or numbers (numbers are written as is). */
    public static byte[] write(Locale locale, List<String> headers, List<List<Object>> rows) {
        Locale lang = Languages.normalise(locale);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(lang.equals(Languages.FRENCH) ? ';' : ',').setRecordSeparator("\r\n").get();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(headers.stream().map(CsvTable::cell).toList());
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(v -> v instanceof Number n ? number(n, lang) : cell(v)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell never starts a spreadsheet formula: a leading = + - @ tab or return gets an apostrophe. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Whole numbers as digits; decimals with the decimal mark of the language, no grouping. */
    private static String number(Number n, Locale lang) {
        if (n instanceof Double || n instanceof Float) {
            String text = String.format(Locale.ROOT, "%.4f", n.doubleValue());
            return lang.equals(Languages.FRENCH) ? text.replace('.', ',') : text;
        }
        return n.toString();
    }
}
