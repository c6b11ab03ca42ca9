package org.jumelage.matching.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.jumelage.matching.Reason;
import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reasons as the explainer stores them (typed arguments) read in French and in English: skills by
 * their catalogue names, levels, regions, languages and provider kinds by their labels, dates in the
 * language's medium format, rules by name; no skill code, level number, ISO date or enum name shows.
 */
class ReasonTextsTest extends IntegrationTestBase {

    @Autowired
    ReasonTexts texts;

    /** One reason of each shape the explainer gives, with every kind of argument. */
    static List<Reason> explanation() {
        return List.of(
                Reason.of("matchreason.skills", Reason.skillLevels(List.of(new RequiredSkill("data.power-bi",
                        SkillLevel.ADVANCED), new RequiredSkill("data.cleaning", SkillLevel.WORKING)),
                        code -> code.equals("data.power-bi") ? SkillLevel.EXPERT : SkillLevel.WORKING)),
                Reason.of("matchreason.hoursFit", 60, 80, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 29)),
                Reason.of("matchreason.obligation", "Laboratoire Boréal IA", 120, LocalDate.of(2027, 6, 30)),
                Reason.of("matchreason.bonus.learningGoals", Reason.skills(List.of("data.spreadsheets"))),
                Reason.penalty("matchreason.penalty.distance", Region.SAGUENAY_LAC_SAINT_JEAN),
                Reason.penalty("matchreason.penalty.hard", Reason.rule("working-language")),
                Reason.penalty("matchreason.open.noProviderOfKind", ProviderKind.VOLUNTEER),
                Reason.penalty("matchreason.open.skills", 3, 5, Reason.skill("data.power-bi"), SkillLevel.EXPERT),
                Reason.penalty("matchreason.open.language", 2, 5, WorkingLanguage.ENGLISH),
                Reason.penalty("matchreason.open.region", 4, 5, Region.GASPESIE_ILES_DE_LA_MADELEINE));
    }

    private String read(java.util.Locale locale) {
        return explanation().stream().map(r -> texts.text(r, locale)).collect(Collectors.joining("\n"));
    }

    @Test
    void a_french_explanation_names_skills_levels_dates_regions_and_rules_in_french() {
        String text = read(Languages.FRENCH);

        assertThat(text).contains(
                "Compétences au niveau demandé : Tableaux de bord Power BI — expert (requis : avancé); "
                        + "Nettoyage et préparation de données — autonome (requis : autonome).",
                "entre le 4 janv. 2027 et le 29 mars 2027",
                "valables jusqu’au 30 juin 2027",
                "objectifs d’apprentissage du bénévole : Tableurs avancés (Excel, Google Sheets).",
                "(Saguenay–Lac-Saint-Jean)",
                "Enfreint une règle stricte : langue de travail.",
                "du type accepté par ce poste (Bénévole)",
                "le plus souvent Tableaux de bord Power BI au niveau expert ou plus",
                "la langue demandée (Anglais)",
                "dans la région Gaspésie–Îles-de-la-Madeleine");
        assertNoRawValues(text);
    }

    @Test
    void an_english_explanation_names_them_in_english() {
        String text = read(Languages.ENGLISH);

        assertThat(text).contains(
                "Skills at the level required: Power BI dashboards — expert (required: advanced); "
                        + "Data cleaning and preparation — working (required: working).",
                "between Jan 4, 2027 and Mar 29, 2027",
                "valid until Jun 30, 2027",
                "learning goals: Advanced spreadsheets (Excel, Google Sheets).",
                "Breaks a firm rule: working language.",
                "this seat accepts (Volunteer)",
                "most often Power BI dashboards at the expert level or above",
                "the language asked (English)");
        assertNoRawValues(text);
    }

    @Test
    void a_reason_stored_before_arguments_were_typed_shows_its_text_as_it_was() {
        Reason old = new Reason("matchreason.penalty.distance", List.of("Montréal"), false);

        assertThat(texts.text(old, Languages.FRENCH))
                .isEqualTo("Pénalité : le fournisseur ne travaille pas dans la région du poste (Montréal).");
    }

    private static void assertNoRawValues(String text) {
        assertThat(text).doesNotContain("data.", "2027-", "SAGUENAY", "GASPESIE", "ENGLISH", "VOLUNTEER", "EXPERT",
                "ADVANCED", "WORKING", "working-language", "!{", "≥");
        assertThat(text).doesNotContainPattern("niveau \\d|level \\d");
    }
}
