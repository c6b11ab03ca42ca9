package org.jumelage.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Dashboard CSV: byte-order mark, the language's delimiter and decimal mark, no spreadsheet formulas. */
class CsvTableTest {

    @Test
    void french_csv_has_a_bom_semicolons_decimal_commas_and_defused_formulas() {
        byte[] bytes = CsvTable.write(Locale.FRENCH, List.of("Entreprise", "Heures", "Part"),
                List.of(List.of("=HYPERLINK(\"x\")", 1200L, 0.25), List.of("Boréal", 3L, 1.0)));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFEntreprise;Heures;Part\r\n\"'=HYPERLINK(\"\"x\"\")\";1200;0,2500\r\n"
                + "Boréal;3;1,0000\r\n");
    }

    @Test
    void english_csv_uses_commas_and_decimal_points() {
        String text = new String(CsvTable.write(Locale.ENGLISH, List.of("Firm", "Share"),
                List.of(List.of("+Plus", 0.5), List.of("@home", 2L))), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFFirm,Share\r\n'+Plus,0.5000\r\n'@home,2\r\n");
    }

    @Test
    void gini_and_median_follow_their_definitions() {
        assertThat(Statistics.gini(List.of(5L, 5L, 5L))).isZero();
        assertThat(Statistics.gini(List.of(0L, 0L, 0L, 12L))).isEqualTo(0.75);
        assertThat(Statistics.gini(List.of(0L, 0L))).isNull();
        assertThat(Statistics.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Statistics.median(List.of(4.0, 1.0))).isEqualTo(2.5);
        assertThat(Statistics.median(List.of())).isNull();
    }
}
