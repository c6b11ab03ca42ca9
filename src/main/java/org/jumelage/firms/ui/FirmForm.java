package org.jumelage.firms.ui;

import static org.jumelage.shared.ui.FieldProblems.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jumelage.firms.AvailabilityPeriod;
import org.jumelage.firms.BlackoutPeriod;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmProfile;
import org.jumelage.firms.SizeBand;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.ui.ConflictsEditor;
import org.jumelage.shared.ui.FieldProblems;
import org.jumelage.shared.ui.OrganisationChoices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The firm's profile. Service-free: the view reads {@link #profile()}, calls the service and hands any
 * refusal back to {@link #showErrors(Map)}. Below the fields: the team's skill profile, the
 * availability periods, the blackout periods and the declared conflicts of interest, saved with the
 * rest of the profile.
 */
class FirmForm extends FormLayout {

    final TextField name = new TextField();
    final TextField neq = new TextField();
    final Select<SizeBand> size = new Select<>();
    final MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>();
    final MultiSelectComboBox<WorkingLanguage> languages = new MultiSelectComboBox<>();
    final EmailField contactEmail = new EmailField();
    final TextField contactPhone = new TextField();
    final TextArea description = new TextArea();

    final TeamSkillsEditor teamSkills;
    final PeriodsEditor<AvailabilityPeriod> availability = new PeriodsEditor.Availability();
    final PeriodsEditor<BlackoutPeriod> blackouts = new PeriodsEditor.Blackouts();
    final ConflictsEditor conflicts;

    FirmForm(List<Skill> catalogue, OrganisationChoices organisations) {
        teamSkills = new TeamSkillsEditor(catalogue);
        conflicts = new ConflictsEditor("firm-conflicts", organisations);
        setId("firm-form");
        name.setLabel(getTranslation("firmui.field.name"));
        name.setId("firm-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        neq.setLabel(getTranslation("firmui.field.neq"));
        neq.setId("firm-neq");
        neq.setHelperText(getTranslation("firmui.field.neq.help"));
        neq.setMaxLength(20);
        size.setLabel(getTranslation("firmui.field.size"));
        size.setId("firm-size");
        // No required marker on a Select: Vaadin puts aria-required on its button, which axe rates serious.
        size.setItems(SizeBand.values());
        size.setItemLabelGenerator(s -> getTranslation("firmui.size." + s.name()));
        regions.setLabel(getTranslation("firmui.field.regions"));
        regions.setId("firm-regions");
        regions.setRequiredIndicatorVisible(true);
        regions.setItems(Stream.of(Region.values()).sorted(Comparator.comparing(Region::code)).toList());
        regions.setItemLabelGenerator(r -> label(this, r.translationKey(), r.name()));
        languages.setLabel(getTranslation("firmui.field.languages"));
        languages.setId("firm-languages");
        languages.setRequiredIndicatorVisible(true);
        languages.setItems(WorkingLanguage.values());
        languages.setItemLabelGenerator(l -> label(this, l.translationKey(), l.name()));
        contactEmail.setLabel(getTranslation("firmui.field.contactEmail"));
        contactEmail.setId("firm-contactEmail");
        contactEmail.setRequiredIndicatorVisible(true);
        contactEmail.setMaxLength(254);
        contactPhone.setLabel(getTranslation("firmui.field.contactPhone"));
        contactPhone.setId("firm-contactPhone");
        contactPhone.setMaxLength(30);
        description.setLabel(getTranslation("firmui.field.description"));
        description.setId("firm-description");
        description.setMaxLength(4000);

        add(name, neq, size, regions, languages, contactEmail, contactPhone);
        add(description, 2);
        add(teamSkills, 2);
        add(availability, 2);
        add(blackouts, 2);
        add(conflicts, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    FirmProfile profile() {
        return new FirmProfile(name.getValue(), neq.getValue(), size.getValue(), regions.getValue(),
                languages.getValue(), description.getValue(), teamSkills.getValue(), contactEmail.getValue(),
                contactPhone.getValue(), availability.getValue(), blackouts.getValue(), conflicts.getValue());
    }

    void show(FirmDetails firm) {
        FirmProfile p = firm.profile();
        name.setValue(text(p.name()));
        neq.setValue(text(firm.neq() != null ? firm.neq() : p.neq()));
        size.setValue(p.size());
        regions.setValue(p.regions());
        languages.setValue(p.languages());
        description.setValue(text(p.description()));
        contactEmail.setValue(text(p.contactEmail()));
        contactPhone.setValue(text(p.contactPhone()));
        teamSkills.setValue(p.teamSkills());
        availability.setValue(p.availability());
        blackouts.setValue(p.blackouts());
        conflicts.setValue(p.conflicts());
        clearErrors();
    }

    /** Puts each problem next to its field; returns the problems that belong to no field. */
    List<String> showErrors(Map<String, String> fieldMessageKeys) {
        clearErrors();
        return FieldProblems.show(fieldMessageKeys, this::getTranslation, (property, message) -> {
            if (property != null && property.startsWith("conflicts")) {
                conflicts.showProblem(property, message);
                return true;
            }
            RowsEditor<?> editor = editor(property);
            if (editor != null) {
                editor.showProblem(property, message);
                return true;
            }
            return FieldProblems.mark(field(property), message);
        });
    }

    void clearErrors() {
        FieldProblems.clear(fields());
        teamSkills.clearErrors();
        availability.clearErrors();
        blackouts.clearErrors();
        conflicts.clearErrors();
    }

    /** The editor of a property such as {@code teamSkills[2].level}, or null. */
    private RowsEditor<?> editor(String property) {
        String p = property == null ? "" : property;
        if (p.startsWith("teamSkills")) {
            return teamSkills;
        }
        if (p.startsWith("availability")) {
            return availability;
        }
        return p.startsWith("blackouts") ? blackouts : null;
    }

    private HasValidation field(String property) {
        return switch (property == null ? "" : property) {
            case "name" -> name;
            case "neq" -> neq;
            case "size" -> size;
            case "regions" -> regions;
            case "languages" -> languages;
            case "description" -> description;
            case "contactEmail" -> contactEmail;
            case "contactPhone" -> contactPhone;
            default -> null;
        };
    }

    private List<HasValidation> fields() {
        return List.of(name, neq, size, regions, languages, description, contactEmail, contactPhone);
    }

    /** A shared value's label; a readable name made from the constant until its key exists. */
    static String label(Component component, String key, String constant) {
        String text = component.getTranslation(key);
        if (text == null || text.isBlank() || text.startsWith("!{")) {
            return Arrays.stream(constant.toLowerCase(Locale.ROOT).split("_"))
                    .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(Collectors.joining(" "));
        }
        return text;
    }
}
