package org.jumelage.volunteers.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.volunteers.VolunteerProfileCommand;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** The skills a volunteer holds: one row per skill with its level, as in a project seat. */
class SkillsEditor extends Div {

    final Div rowsHolder = new Div();
    final Span error = new Span();
    final Button add = new Button();

    private final List<Skill> catalogue;
    private final List<SkillRow> rows = new ArrayList<>();
    /** Skill codes that a completed course evidences. */
    private java.util.Set<String> evidenced = java.util.Set.of();

    SkillsEditor(List<Skill> catalogue) {
        this.catalogue = catalogue;
        setId("volunteer-skills");
        Span label = new Span(getTranslation("volunteer.field.skills"));
        label.addClassName("field-label");
        Span help = new Span(getTranslation("volunteer.field.skills.help"));
        help.addClassName("field-help");
        error.addClassName("field-error");
        error.setId("volunteer-skills-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add.setText(getTranslation("volunteer.skills.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("volunteer-add-skill");
        add.addClickListener(e -> addRow(null));
        add(label, help, rowsHolder, error, add);
    }

    void setValue(List<RequiredSkill> skills) {
        rows.clear();
        rowsHolder.removeAll();
        skills.forEach(this::addRow);
        add.setEnabled(rows.size() < VolunteerProfileCommand.MAX_SKILLS);
    }

    /** Marks the rows whose skill a completed course evidences. */
    void setEvidenced(java.util.Set<String> skillCodes) {
        evidenced = java.util.Set.copyOf(skillCodes);
        rows.forEach(SkillRow::showEvidence);
    }

    /** Rows with a chosen skill; empty rows are ignored. */
    List<RequiredSkill> getValue() {
        return rows.stream().filter(r -> r.skill.getValue() != null)
                .map(r -> new RequiredSkill(r.skill.getValue().code(), r.level.getValue())).toList();
    }

    List<SkillRow> rows() {
        return List.copyOf(rows);
    }

    void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    SkillRow addRow(RequiredSkill value) {
        if (rows.size() >= VolunteerProfileCommand.MAX_SKILLS) {
            return null;
        }
        SkillRow row = new SkillRow();
        if (value != null) {
            catalogue.stream().filter(s -> s.code().equals(value.skillCode())).findFirst()
                    .ifPresent(row.skill::setValue);
            row.level.setValue(value.level());
        }
        rows.add(row);
        rowsHolder.add(row);
        add.setEnabled(rows.size() < VolunteerProfileCommand.MAX_SKILLS);
        return row;
    }

    /** One skill and the level the volunteer holds it at. */
    final class SkillRow extends HorizontalLayout {
        final ComboBox<Skill> skill = new ComboBox<>();
        final Select<SkillLevel> level = new Select<>();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        final Span evidence = new Span();

        SkillRow() {
            Locale locale = SkillsEditor.this.getLocale();
            skill.setItems(catalogue);
            skill.setItemLabelGenerator(s -> s.label(locale));
            skill.setPlaceholder(getTranslation("volunteer.skill.placeholder"));
            skill.setAriaLabel(getTranslation("volunteer.skill"));
            skill.setWidth("20rem");
            skill.addClassName("skill-choice");
            level.setItems(SkillLevel.values());
            level.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
            level.setValue(SkillLevel.WORKING);
            level.setAriaLabel(getTranslation("volunteer.skill.level"));
            level.addClassName("skill-level");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("volunteer.skill.remove"));
            remove.addClickListener(e -> {
                rows.remove(this);
                rowsHolder.remove(this);
                add.setEnabled(true);
            });
            evidence.setText(getTranslation("volunteer.skill.evidenced"));
            evidence.addClassName("skill-evidenced");
            evidence.setVisible(false);
            skill.addValueChangeListener(e -> showEvidence());
            setAlignItems(Alignment.BASELINE);
            add(skill, level, evidence, remove);
        }

        void showEvidence() {
            evidence.setVisible(skill.getValue() != null && evidenced.contains(skill.getValue().code()));
        }
    }
}
