package org.jumelage.shared.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillFamily;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** The catalogue service and its administration against the real embedded MongoDB server. */
@WithMockUser(roles = "COORDINATOR")
class SkillAdministrationTest extends IntegrationTestBase {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    SkillCatalogue catalogue;
    @Autowired
    SkillAdministration administration;
    @Autowired
    MongoTemplate mongo;

    static String newCode() {
        return "test.admin-" + System.currentTimeMillis() + "-" + SEQUENCE.incrementAndGet();
    }

    long stored() {
        return mongo.getCollection("custom_skills").countDocuments();
    }

    @Test
    void catalogue_merges_packaged_and_custom_skills_in_family_then_french_order() {
        int before = catalogue.all().size();
        assertThat(catalogue.find("privacy.law25")).hasValueSatisfying(s -> {
            assertThat(s.family()).isEqualTo(SkillFamily.SECURITY_PRIVACY);
            assertThat(s.custom()).isFalse();
        });

        String code = newCode();
        Skill added = administration.addCustomSkill("  " + code.toUpperCase(Locale.ROOT) + " ", SkillFamily.DATA,
                "  Analyse   des dons ", "Donation analysis");

        assertThat(added).isEqualTo(new Skill(code, SkillFamily.DATA, "Analyse des dons", "Donation analysis", true));
        assertThat(catalogue.all()).hasSize(before + 1).contains(added);
        assertThat(catalogue.find(code)).contains(added);
        assertThat(catalogue.label(code, Languages.ENGLISH)).isEqualTo("Donation analysis");
        assertThat(catalogue.label("no.such-skill", Languages.FRENCH)).isEqualTo("no.such-skill");
        assertThat(mongo.getCollection("custom_skills").countDocuments(new org.bson.Document("code", code))).isOne();

        List<Skill> all = catalogue.all();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).family().compareTo(all.get(i).family())).as(all.get(i).code()).isLessThanOrEqualTo(0);
        }
        List<Skill> data = all.stream().filter(s -> s.family() == SkillFamily.DATA).toList();
        assertThat(data.indexOf(added)).as("'Analyse' sorts before 'Conception'")
                .isLessThan(data.indexOf(catalogue.find("data.surveys").orElseThrow()));
    }

    @Test
    void a_code_already_in_the_packaged_or_custom_catalogue_is_refused_and_nothing_is_stored() {
        String code = newCode();
        administration.addCustomSkill(code, SkillFamily.WEB, "Premier", "First");
        long before = stored();

        for (String taken : List.of("web.wordpress", code, " " + code.toUpperCase(Locale.ROOT))) {
            SkillException refused = catchThrowableOfType(SkillException.class,
                    () -> administration.addCustomSkill(taken, SkillFamily.WEB, "Doublon", "Duplicate"));
            assertThat(refused.field()).as(taken).isEqualTo(SkillAdministration.FIELD_CODE);
            assertThat(refused.messageKey()).as(taken).isEqualTo("skills.error.codeTaken");
        }
        assertThat(stored()).isEqualTo(before);
        assertThat(catalogue.find(code).orElseThrow().labelFr()).isEqualTo("Premier");
    }

    @ParameterizedTest
    @ValueSource(strings = {"data cleaning", "données.x", "data..cleaning", "-data", "data.", "a_b.c", "x/y.z"})
    void a_malformed_code_is_refused(String code) {
        long before = stored();
        SkillException refused = catchThrowableOfType(SkillException.class,
                () -> administration.addCustomSkill(code, SkillFamily.DATA, "Libellé", "Label"));
        assertThat(refused.field()).isEqualTo("code");
        assertThat(refused.messageKey()).isEqualTo("skills.error.codeFormat");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_code_too_short_too_long_or_missing_is_refused() {
        assertThat(codeRefusal("ab")).isEqualTo("skills.error.codeLength");
        assertThat(codeRefusal("a".repeat(61))).isEqualTo("skills.error.codeLength");
        assertThat(codeRefusal("   ")).isEqualTo("skills.error.codeRequired");
        assertThat(codeRefusal(null)).isEqualTo("skills.error.codeRequired");
        // The limits themselves are accepted.
        assertThat(administration.addCustomSkill("q7z", SkillFamily.WEB, "Court",
                "Short").code()).hasSize(3);
        String longest = (newCode() + ".").concat("z".repeat(60)).substring(0, 60);
        assertThat(administration.addCustomSkill(longest, SkillFamily.WEB, "Long", "Long").code()).hasSize(60);
    }

    private String codeRefusal(String code) {
        return catchThrowableOfType(SkillException.class,
                () -> administration.addCustomSkill(code, SkillFamily.DATA, "Libellé", "Label")).messageKey();
    }

    @Test
    void blank_or_too_long_labels_and_a_missing_family_are_refused_field_by_field_and_nothing_is_stored() {
        long before = stored();
        String code = newCode();
        SkillException refused = catchThrowableOfType(SkillException.class,
                () -> administration.addCustomSkill(code, null, "  ", "x".repeat(81)));

        assertThat(refused.fieldMessageKeys()).containsExactly(
                org.assertj.core.api.Assertions.entry("family", "skills.error.familyRequired"),
                org.assertj.core.api.Assertions.entry("labelFr", "skills.error.labelRequired"),
                org.assertj.core.api.Assertions.entry("labelEn", "skills.error.labelTooLong"));
        assertThat(refused.field()).isEqualTo("family");
        assertThat(stored()).isEqualTo(before);
        assertThat(catalogue.exists(code)).isFalse();

        SkillException englishMissing = catchThrowableOfType(SkillException.class,
                () -> administration.addCustomSkill(code, SkillFamily.AI_ML, "Libellé", null));
        assertThat(englishMissing.field()).isEqualTo("labelEn");
        assertThat(englishMissing.messageKey()).isEqualTo("skills.error.labelRequired");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void labels_of_a_custom_skill_can_be_improved_but_never_its_code_nor_a_packaged_skill() {
        String code = newCode();
        administration.addCustomSkill(code, SkillFamily.TRAINING_CHANGE, "Atelier", "Workshop");

        Skill relabelled = administration.relabelCustomSkill(code, "Atelier d’initiation", "Introductory workshop");
        assertThat(relabelled).isEqualTo(new Skill(code, SkillFamily.TRAINING_CHANGE, "Atelier d’initiation",
                "Introductory workshop", true));
        assertThat(catalogue.find(code)).contains(relabelled);

        SkillException blank = catchThrowableOfType(SkillException.class,
                () -> administration.relabelCustomSkill(code, "", "Workshop"));
        assertThat(blank.field()).isEqualTo("labelFr");
        assertThat(blank.messageKey()).isEqualTo("skills.error.labelRequired");
        assertThat(catalogue.find(code)).contains(relabelled);

        assertThatThrownBy(() -> administration.relabelCustomSkill("web.wordpress", "Autre", "Other"))
                .isInstanceOf(SkillException.class).hasMessage("skills.error.packagedReadOnly");
        assertThat(catalogue.find("web.wordpress").orElseThrow().labelEn()).isEqualTo("WordPress websites");
        assertThatThrownBy(() -> administration.relabelCustomSkill("no.such-skill", "Autre", "Other"))
                .isInstanceOf(SkillException.class).hasMessage("skills.error.notFound");
    }

    @Test
    void search_ignores_accents_and_case_and_filters_by_family() {
        assertThat(administration.search("DONNEES", null)).extracting(Skill::code).contains("data.cleaning", "data.migration");
        assertThat(administration.search("power bi", SkillFamily.DATA)).extracting(Skill::code).containsExactly("data.power-bi");
        assertThat(administration.search("power", SkillFamily.WEB)).isEmpty();
        assertThat(administration.search("", SkillFamily.WEB)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.family()).isEqualTo(SkillFamily.WEB));
        assertThat(administration.search(null, null)).hasSize(catalogue.all().size());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_administrator_can_add_a_skill() {
        String code = newCode();
        administration.addCustomSkill(code, SkillFamily.INFRASTRUCTURE, "Serveur", "Server");
        assertThat(catalogue.exists(code)).isTrue();
    }

    @Test
    @WithMockUser(roles = "VOLUNTEER")
    void a_volunteer_cannot_add_nor_relabel_a_skill() {
        long before = stored();
        assertThatThrownBy(() -> administration.addCustomSkill(newCode(), SkillFamily.WEB, "Site", "Site"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.relabelCustomSkill("web.wordpress", "Site", "Site"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isEqualTo(before);
        // Reading the catalogue needs no role: every feature shows skill labels.
        assertThat(catalogue.exists("web.wordpress")).isTrue();
    }
}
