package org.jumelage.projects.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jumelage.projects.ProviderKind;
import org.jumelage.projects.SeatSpec;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** One seat of the posting form: role, hours, who may take it, where, in which language, which skills. */
class SeatEditor extends Div {

    final TextField roleTitle = new TextField();
    final IntegerField hours = new IntegerField();
    final Select<ProviderKind> providerKind = new Select<>();
    final Checkbox remote = new Checkbox();
    final Select<Region> region = new Select<>();
    final Select<WorkingLanguage> workingLanguage = new Select<>();
    final Div skills = new Div();
    final Span skillsError = new Span();
    final Button addSkill = new Button();
    final Button remove = new Button();
    final H3 heading = new H3();

    private final List<Skill> catalogue;
    private final List<SkillRow> rows = new ArrayList<>();
    private String seatId;

    SeatEditor(List<Skill> catalogue, Runnable onRemove) {
        this.catalogue = catalogue;
        addClassName("seat-editor");
        roleTitle.setLabel(getTranslation("seat.roleTitle"));
        roleTitle.setHelperText(getTranslation("seat.roleTitle.help"));
        roleTitle.setMaxLength(80);
        roleTitle.addClassName("seat-role");
        hours.setLabel(getTranslation("seat.hours"));
        hours.setHelperText(getTranslation("seat.hours.help"));
        hours.setMin(SeatSpec.MIN_HOURS);
        hours.setMax(SeatSpec.MAX_HOURS);
        hours.setStepButtonsVisible(true);
        hours.addClassName("seat-hours");
        providerKind.setLabel(getTranslation("seat.providerKind"));
        providerKind.setItems(ProviderKind.values());
        providerKind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        providerKind.setValue(ProviderKind.EITHER);
        providerKind.addClassName("seat-provider");
        remote.setLabel(getTranslation("seat.remote"));
        remote.setValue(true);
        remote.addClassName("seat-remote");
        region.setLabel(getTranslation("seat.region"));
        region.setItems(Region.values());
        region.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        region.setEnabled(false);
        region.addClassName("seat-region");
        remote.addValueChangeListener(e -> region.setEnabled(!e.getValue()));
        workingLanguage.setLabel(getTranslation("seat.workingLanguage"));
        workingLanguage.setItems(WorkingLanguage.values());
        workingLanguage.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
        workingLanguage.setValue(WorkingLanguage.FRENCH);
        workingLanguage.addClassName("seat-language");

        skillsError.addClassName("field-error");
        skillsError.setVisible(false);
        addSkill.setText(getTranslation("seat.addSkill"));
        addSkill.setIcon(VaadinIcon.PLUS.create());
        addSkill.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addSkill.addClassName("seat-add-skill");
        addSkill.addClickListener(e -> addSkillRow(null));
        remove.setText(getTranslation("seat.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClassName("seat-remove");
        remove.addClickListener(e -> onRemove.run());

        FormLayout form = new FormLayout(roleTitle, hours, providerKind, workingLanguage, remote, region);
        Span skillsLabel = new Span(getTranslation("seat.skills"));
        skillsLabel.addClassName("field-label");
        HorizontalLayout header = new HorizontalLayout(heading, remove);
        header.setWidthFull();
        header.expand(heading);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(header, form, skillsLabel, skills, skillsError, addSkill);
        addSkillRow(null);
    }

    void setNumber(int number) {
        heading.setText(getTranslation("seat.heading", number));
    }

    void setValue(SeatSpec seat) {
        seatId = seat.id();
        roleTitle.setValue(Objects.toString(seat.roleTitle(), ""));
        hours.setValue(seat.hours() > 0 ? seat.hours() : null);
        providerKind.setValue(seat.providerKind());
        remote.setValue(seat.remote());
        region.setValue(seat.region());
        region.setEnabled(!seat.remote());
        workingLanguage.setValue(seat.workingLanguage());
        skills.removeAll();
        rows.clear();
        for (RequiredSkill skill : seat.requiredSkills()) {
            addSkillRow(skill);
        }
        if (rows.isEmpty()) {
            addSkillRow(null);
        }
    }

    SeatSpec getValue() {
        List<RequiredSkill> required = new ArrayList<>();
        for (SkillRow row : rows) {
            if (row.skill.getValue() != null) {
                required.add(new RequiredSkill(row.skill.getValue().code(), row.level.getValue()));
            }
        }
        return new SeatSpec(seatId, roleTitle.getValue(), required, hours.getValue() == null ? 0 : hours.getValue(),
                providerKind.getValue(), remote.getValue(), remote.getValue() ? null : region.getValue(),
                workingLanguage.getValue());
    }

    /** The field a problem about this seat belongs to ({@code roleTitle}, {@code hours}, ...). */
    HasValidation field(String name) {
        return switch (name) {
            case "roleTitle" -> roleTitle;
            case "hours" -> hours;
            case "providerKind" -> providerKind;
            case "region" -> region;
            case "workingLanguage" -> workingLanguage;
            default -> null;
        };
    }

    void showSkillsError(String message) {
        skillsError.setText(message);
        skillsError.setVisible(message != null);
    }

    void clearErrors() {
        for (HasValidation f : List.<HasValidation>of(roleTitle, hours, providerKind, region, workingLanguage)) {
            f.setInvalid(false);
        }
        showSkillsError(null);
    }

    List<SkillRow> skillRows() {
        return List.copyOf(rows);
    }

    void addSkillRow(RequiredSkill value) {
        if (rows.size() >= SeatSpec.MAX_SKILLS) {
            return;
        }
        SkillRow row = new SkillRow();
        if (value != null) {
            catalogue.stream().filter(s -> s.code().equals(value.skillCode())).findFirst().ifPresent(row.skill::setValue);
            row.level.setValue(value.level());
        }
        rows.add(row);
        skills.add(row);
        addSkill.setEnabled(rows.size() < SeatSpec.MAX_SKILLS);
    }

    /** One required skill: which one, and the minimum level. */
    final class SkillRow extends HorizontalLayout {
        final ComboBox<Skill> skill = new ComboBox<>();
        final Select<SkillLevel> level = new Select<>();
        final Button removeRow = new Button(VaadinIcon.CLOSE_SMALL.create());

        SkillRow() {
            Locale locale = SeatEditor.this.getLocale();
            skill.setItems(catalogue);
            skill.setItemLabelGenerator(s -> s.label(locale));
            skill.setPlaceholder(getTranslation("seat.skill.placeholder"));
            skill.setAriaLabel(getTranslation("seat.skill"));
            skill.setWidth("20rem");
            skill.addClassName("skill-choice");
            level.setItems(SkillLevel.values());
            level.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
            level.setValue(SkillLevel.WORKING);
            level.setAriaLabel(getTranslation("seat.skill.level"));
            level.addClassName("skill-level");
            removeRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            removeRow.setAriaLabel(getTranslation("seat.skill.remove"));
            removeRow.addClickListener(e -> {
                rows.remove(this);
                skills.remove(this);
                addSkill.setEnabled(true);
            });
            setAlignItems(Alignment.BASELINE);
            add(skill, level, removeRow);
        }
    }
}
