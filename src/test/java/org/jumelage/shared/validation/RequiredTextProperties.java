package org.jumelage.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A required text needs something a person can see: spaces of every kind, control characters,
 * zero-width and bidi formatting characters count as nothing. Dates keep to the years 2000 to 2100.
 */
class RequiredTextProperties {

    /** Characters that show nothing. */
    static final String INVISIBLE = " \t\n\r\u000B\u000C\u0000\u0007\u007F\u0085\u00A0\u1680\u2000\u2007\u200A"
            + "\u200B\u200C\u200D\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u202F\u205F\u2060\u2066\u2067"
            + "\u2068\u2069\u3000\uFEFF\u00AD\u034F\uFE0F\u3164\u115F\u2800";

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.strings().withChars(INVISIBLE.toCharArray()).ofMinLength(0).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> visible() {
        Arbitrary<String> letter = Arbitraries.of("a", "É", "’", "1", "😀", "ש", "م", "中", ".", "-", "e\u0301");
        return net.jqwik.api.Combinators.combine(invisible(), letter, invisible()).as((a, b, c) -> a + b + c);
    }

    @Property
    void a_text_of_invisible_characters_only_is_blank(@ForAll("invisible") String text) {
        assertThat(RequiredText.isBlank(text)).as(text.codePoints().mapToObj(Integer::toHexString).toList().toString())
                .isTrue();
    }

    @Property
    void a_text_with_one_visible_character_is_given(@ForAll("visible") String text) {
        assertThat(RequiredText.isGiven(text)).isTrue();
    }

    @Example
    void an_absent_text_is_blank() {
        assertThat(RequiredText.isBlank(null)).isTrue();
        assertThat(RequiredText.isBlank("")).isTrue();
    }

    @Property
    void dates_from_2000_to_2100_are_sane_and_no_others(@ForAll("days") LocalDate day) {
        boolean inside = day.getYear() >= 2000 && day.getYear() <= 2100;
        assertThat(SaneDates.isSane(day)).isEqualTo(inside);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.oneOf(Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1),
                LocalDate.of(2100, 12, 31), LocalDate.of(2101, 1, 1)),
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                        .map(LocalDate::ofEpochDay));
    }
}
