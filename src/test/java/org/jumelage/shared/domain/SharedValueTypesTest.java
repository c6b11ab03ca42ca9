package org.jumelage.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;

import org.jumelage.shared.i18n.TranslationsTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regions, skill levels and working languages, and the labels every constant needs in both languages. */
class SharedValueTypesTest {

    @Test
    void there_are_17_regions_coded_01_to_17() {
        List<String> codes = Arrays.stream(Region.values()).map(Region::code).toList();
        List<String> expected = IntStream.rangeClosed(1, 17).mapToObj(i -> String.format("%02d", i)).toList();
        assertThat(codes).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
    }

    @Test
    void a_region_is_found_by_its_code_and_an_unknown_code_gives_nothing() {
        assertThat(Region.fromCode("02")).contains(Region.SAGUENAY_LAC_SAINT_JEAN);
        assertThat(Region.fromCode("06")).contains(Region.MONTREAL);
        assertThat(Region.fromCode("17")).contains(Region.CENTRE_DU_QUEBEC);
        assertThat(Region.fromCode("18")).isEmpty();
        assertThat(Region.fromCode("2")).isEmpty();
        assertThat(Region.fromCode(null)).isEmpty();
        assertThat(Arrays.stream(Region.values())).allSatisfy(r -> assertThat(Region.fromCode(r.code())).contains(r));
    }

    @Test
    void skill_levels_are_1_to_4_in_order() {
        assertThat(SkillLevel.of(1)).isEqualTo(SkillLevel.BASIC);
        assertThat(SkillLevel.of(2)).isEqualTo(SkillLevel.WORKING);
        assertThat(SkillLevel.of(3)).isEqualTo(SkillLevel.ADVANCED);
        assertThat(SkillLevel.of(4)).isEqualTo(SkillLevel.EXPERT);
        assertThat(SkillLevel.ADVANCED.atLeast(SkillLevel.WORKING)).isTrue();
        assertThat(SkillLevel.BASIC.atLeast(SkillLevel.WORKING)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1, 42})
    void a_skill_level_outside_1_to_4_is_refused(int value) {
        assertThatThrownBy(() -> SkillLevel.of(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void either_language_accepts_and_is_accepted_by_every_language() {
        for (WorkingLanguage language : WorkingLanguage.values()) {
            assertThat(WorkingLanguage.EITHER.acceptedBy(language)).as("EITHER seat, " + language).isTrue();
            assertThat(language.acceptedBy(WorkingLanguage.EITHER)).as(language + " seat, EITHER").isTrue();
            assertThat(language.acceptedBy(language)).isTrue();
        }
        assertThat(WorkingLanguage.FRENCH.acceptedBy(WorkingLanguage.ENGLISH)).isFalse();
        assertThat(WorkingLanguage.ENGLISH.acceptedBy(WorkingLanguage.FRENCH)).isFalse();
    }

    @Test
    void every_constant_has_a_label_in_french_and_english() throws IOException {
        List<String> keys = new ArrayList<>();
        Arrays.stream(Region.values()).map(Region::translationKey).forEach(keys::add);
        Arrays.stream(Sector.values()).map(Sector::translationKey).forEach(keys::add);
        Arrays.stream(SkillFamily.values()).map(SkillFamily::translationKey).forEach(keys::add);
        Arrays.stream(WorkingLanguage.values()).map(WorkingLanguage::translationKey).forEach(keys::add);
        for (SkillLevel level : SkillLevel.values()) {
            keys.add(level.translationKey());
            keys.add(level.translationKey() + ".definition");
        }
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Properties texts = TranslationsTestAccess.load(locale);
            assertThat(keys).as(locale.toString()).allSatisfy(k -> assertThat(texts.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void region_names_are_the_official_ones() throws IOException {
        Properties fr = TranslationsTestAccess.load(Locale.FRENCH);
        assertThat(fr.getProperty(Region.SAGUENAY_LAC_SAINT_JEAN.translationKey())).isEqualTo("Saguenay–Lac-Saint-Jean");
        assertThat(fr.getProperty(Region.GASPESIE_ILES_DE_LA_MADELEINE.translationKey()))
                .isEqualTo("Gaspésie–Îles-de-la-Madeleine");
        assertThat(fr.getProperty(Region.MONTREAL.translationKey())).isEqualTo("Montréal");
    }
}
