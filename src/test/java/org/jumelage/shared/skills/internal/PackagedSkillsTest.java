package org.jumelage.shared.skills.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillFamily;
import org.jumelage.shared.skills.SkillCode;
import org.junit.jupiter.api.Test;

/** The skill catalogue shipped in {@code skills/catalogue-v1.csv}, and the rules its reader enforces. */
class PackagedSkillsTest {

    private static final PackagedSkills CATALOGUE = PackagedSkills.load(SkillCatalogueService.RESOURCE);
    private static final String HEAD = "# catalogue-version: 9\n" + PackagedSkills.HEADER + "\n";

    @Test
    void catalogue_declares_its_version_and_holds_70_to_90_skills() {
        assertThat(CATALOGUE.version()).isEqualTo("1");
        assertThat(CATALOGUE.skills()).hasSizeBetween(70, 90);
    }

    @Test
    void codes_are_unique_and_well_formed() {
        List<String> codes = CATALOGUE.skills().stream().map(Skill::code).toList();
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(codes).allSatisfy(code -> assertThat(SkillCode.isValid(code)).as(code).isTrue());
    }

    @Test
    void every_family_has_skills() {
        Set<SkillFamily> families = CATALOGUE.skills().stream().map(Skill::family)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SkillFamily.class)));
        assertThat(families).containsExactlyInAnyOrder(SkillFamily.values());
    }

    @Test
    void every_skill_has_both_labels_and_french_uses_the_typographic_apostrophe() {
        assertThat(CATALOGUE.skills()).allSatisfy(s -> {
            assertThat(s.labelFr()).as(s.code()).isNotBlank().doesNotContain("'").hasSizeLessThanOrEqualTo(80);
            assertThat(s.labelEn()).as(s.code()).isNotBlank().doesNotContain("'").hasSizeLessThanOrEqualTo(80);
            assertThat(s.custom()).as(s.code()).isFalse();
        });
    }

    @Test
    void quoted_fields_keep_their_commas_and_doubled_quotes() {
        assertThat(PackagedSkills.split("a.b,DATA,\"Un, deux\",\"Say \"\"hi\"\"\""))
                .containsExactly("a.b", "DATA", "Un, deux", "Say \"hi\"");
    }

    @Test
    void reader_refuses_a_duplicate_code() {
        String csv = HEAD + "data.x,DATA,Un,One\ndata.x,WEB,Deux,Two\n";
        assertThatThrownBy(() -> parse(csv)).hasMessageContaining("duplicate code data.x");
    }

    @Test
    void reader_refuses_a_bad_code_an_unknown_family_a_blank_label_and_a_missing_version() {
        assertThatThrownBy(() -> parse(HEAD + "Data X,DATA,Un,One\n")).hasMessageContaining("invalid code");
        assertThatThrownBy(() -> parse(HEAD + "data.x,COOKING,Un,One\n")).hasMessageContaining("unknown family");
        assertThatThrownBy(() -> parse(HEAD + "data.x,DATA, ,One\n")).hasMessageContaining("labels are required");
        assertThatThrownBy(() -> parse(PackagedSkills.HEADER + "\ndata.x,DATA,Un,One\n"))
                .hasMessageContaining("catalogue-version");
    }

    private static PackagedSkills parse(String csv) throws IOException {
        return PackagedSkills.parse(new StringReader(csv), "test.csv");
    }
}
