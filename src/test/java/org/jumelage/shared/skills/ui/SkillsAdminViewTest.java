package org.jumelage.shared.skills.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillFamily;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.skills.SkillAdministration;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

/** The skills admin view, driven server-side with Karibu against the real services and database. */
@WithMockUser(roles = "COORDINATOR")
class SkillsAdminViewTest extends IntegrationTestBase {

    @Autowired
    ApplicationContext context;
    @Autowired
    SkillAdministration administration;
    @Autowired
    SkillCatalogue catalogue;

    private SkillsAdminView view;

    @BeforeEach
    void openTheView() {
        Karibu.start(context, Languages.FRENCH);
        view = new SkillsAdminView(administration);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        Karibu.stop();
    }

    private List<Skill> shown() {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    @Test
    void grid_lists_every_skill_and_filters_by_text_without_accents_and_by_family() {
        assertThat(GridKt._size(view.grid)).isEqualTo(catalogue.all().size());
        assertThat(view.getPageTitle()).startsWith("Catalogue des compétences");

        view.filter.setValue("LITTERATIE");
        assertThat(shown()).extracting(Skill::code).containsExactly("training.digital-literacy");
        assertThat(GridKt._getFormattedRow(view.grid, 0))
                .contains("training.digital-literacy", "Formation et gestion du changement", "Catalogue fourni");

        view.filter.setValue("tableaux de bord");
        assertThat(shown()).extracting(Skill::code).contains("data.power-bi", "data.looker-studio");
        view.familyFilter.setValue(SkillFamily.WEB);
        assertThat(shown()).isEmpty();

        view.filter.clear();
        assertThat(shown()).isNotEmpty().allSatisfy(s -> assertThat(s.family()).isEqualTo(SkillFamily.WEB));
    }

    @Test
    void adding_through_the_form_shows_the_new_skill_as_custom() {
        String code = "karibu.skill-" + System.currentTimeMillis();
        view.filter.setValue("rien ne correspond");
        view.code.setValue(code);
        view.family.setValue(SkillFamily.AI_ML);
        view.labelFr.setValue("Tri des courriels par l’IA");
        view.labelEn.setValue("AI e-mail triage");
        view.submit.click();

        assertThat(view.code.isInvalid()).isFalse();
        assertThat(view.code.getValue()).isEmpty();
        assertThat(shown()).extracting(Skill::code).containsExactly(code);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(code, "Tri des courriels par l’IA",
                "AI e-mail triage", "Ajoutée");
        assertThat(catalogue.find(code)).hasValueSatisfying(s -> assertThat(s.custom()).isTrue());
    }

    @Test
    void bad_input_shows_each_message_next_to_its_field_and_adds_nothing() {
        int before = catalogue.all().size();
        view.code.setValue("Power BI");
        view.labelFr.setValue("");
        view.labelEn.setValue("Dashboards");
        view.submit.click();

        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).startsWith("Utilisez des minuscules sans accents");
        assertThat(view.family.isInvalid()).isTrue();
        assertThat(view.family.getErrorMessage()).isEqualTo("Choisissez une famille.");
        assertThat(view.labelFr.isInvalid()).isTrue();
        assertThat(view.labelFr.getErrorMessage()).isEqualTo("Entrez un libellé.");
        assertThat(view.labelEn.isInvalid()).isFalse();
        assertThat(catalogue.all()).hasSize(before);

        view.code.setValue("web.wordpress");
        view.family.setValue(SkillFamily.WEB);
        view.labelFr.setValue("Sites");
        view.submit.click();
        assertThat(view.code.getErrorMessage()).isEqualTo("Ce code existe déjà dans le catalogue.");
        assertThat(view.family.isInvalid()).isFalse();
        assertThat(view.labelFr.isInvalid()).isFalse();
        assertThat(catalogue.all()).hasSize(before);
    }

    @Test
    void labels_of_a_custom_skill_are_edited_in_a_dialog() {
        String code = "karibu.edit-" + System.currentTimeMillis();
        Skill skill = administration.addCustomSkill(code, SkillFamily.WEB, "Ancien", "Old");

        view.edit(skill);
        assertThat(view.editor.isOpened()).isTrue();
        view.editLabelEn.setValue(" ");
        view.editSave.click();
        assertThat(view.editLabelEn.isInvalid()).isTrue();
        assertThat(view.editLabelEn.getErrorMessage()).isEqualTo("Entrez un libellé.");
        assertThat(view.editor.isOpened()).isTrue();

        view.editLabelFr.setValue("Nouveau");
        view.editLabelEn.setValue("New");
        view.editSave.click();
        assertThat(view.editor.isOpened()).isFalse();
        assertThat(catalogue.find(code).orElseThrow().labelFr()).isEqualTo("Nouveau");
        view.filter.setValue(code);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Nouveau", "New");
    }
}
