package org.jumelage.volunteers.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.ui.ConflictsEditor;
import org.jumelage.shared.ui.OrganisationChoices;
import org.jumelage.volunteers.StudyLevel;
import org.jumelage.volunteers.VolunteerProfileCommand;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The volunteer profile. Service-free: the view reads {@link #command()}, calls the service and hands
 * any refusal back to {@link #showErrors(Map)}, which puts each message next to its field.
 */
class VolunteerForm extends Div {

    private static final Pattern WINDOW_FIELD = Pattern.compile("windows\\[(\\d+)](?:\\.(\\w+))?");

    final ComboBox<String> institution = new ComboBox<>();
    final TextField programme = new TextField();
    final Select<StudyLevel> level = new Select<>();
    final CheckboxGroup<WorkingLanguage> languages = new CheckboxGroup<>();
    final ComboBox<Region> region = new ComboBox<>();
    final Checkbox remoteOk = new Checkbox();
    final IntegerField maxSeats = new IntegerField();
    final IntegerField creditHours = new IntegerField();
    final SkillsEditor skills;
    final MultiSelectComboBox<Skill> learningGoals = new MultiSelectComboBox<>();
    final WindowsEditor windows = new WindowsEditor();
    final Checkbox consent = new Checkbox();
    final ConflictsEditor conflicts;

    private final List<Skill> catalogue;

    VolunteerForm(List<Skill> catalogue, List<String> institutions, OrganisationChoices organisations) {
        this.catalogue = catalogue;
        this.conflicts = new ConflictsEditor("volunteer-conflicts", organisations);
        this.skills = new SkillsEditor(catalogue);
        setId("volunteer-form");
        Locale locale = getLocale();

        institution.setLabel(getTranslation("volunteer.field.institution"));
        institution.setId("institution");
        institution.setHelperText(getTranslation("volunteer.field.institution.help"));
        institution.setItems(institutions);
        institution.setAllowCustomValue(true);
        institution.setClearButtonVisible(true);
        institution.addCustomValueSetListener(e -> institution.setValue(e.getDetail()));
        programme.setLabel(getTranslation("volunteer.field.programme"));
        programme.setId("programme");
        programme.setMaxLength(VolunteerProfileCommand.MAX_TEXT);
        level.setLabel(getTranslation("volunteer.field.level"));
        level.setId("level");
        // No required indicator on the select and the group: Vaadin renders it as aria-required on
        // roles that do not support it (axe: aria-allowed-attr, critical). The service still requires both.
        level.setItems(StudyLevel.values());
        level.setItemLabelGenerator(l -> l == null ? "" : getTranslation(l.translationKey()));
        languages.setLabel(getTranslation("volunteer.field.languages"));
        languages.setId("languages");
        languages.setItems(WorkingLanguage.FRENCH, WorkingLanguage.ENGLISH);
        languages.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
        region.setLabel(getTranslation("volunteer.field.region"));
        region.setId("region");
        region.setRequiredIndicatorVisible(true);
        region.setItems(Stream.of(Region.values()).sorted(Comparator.comparing(Region::code)).toList());
        region.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        remoteOk.setLabel(getTranslation("volunteer.field.remoteOk"));
        remoteOk.setId("remoteOk");
        maxSeats.setLabel(getTranslation("volunteer.field.maxSeats"));
        maxSeats.setId("maxSeats");
        maxSeats.setHelperText(getTranslation("volunteer.field.maxSeats.help"));
        maxSeats.setMin(1);
        maxSeats.setMax(3);
        maxSeats.setStepButtonsVisible(true);
        maxSeats.setValue(1);
        creditHours.setLabel(getTranslation("volunteer.field.creditHours"));
        creditHours.setId("creditHours");
        creditHours.setHelperText(getTranslation("volunteer.field.creditHours.help"));
        creditHours.setMin(0);
        creditHours.setMax(VolunteerProfileCommand.MAX_CREDIT_HOURS);
        learningGoals.setLabel(getTranslation("volunteer.field.learningGoals"));
        learningGoals.setId("learningGoals");
        learningGoals.setHelperText(getTranslation("volunteer.field.learningGoals.help"));
        learningGoals.setItems(catalogue);
        learningGoals.setItemLabelGenerator(s -> s.label(locale));
        learningGoals.setWidthFull();
        consent.setLabel(getTranslation("volunteer.field.consent"));
        consent.setId("consent");
        Paragraph consentHelp = new Paragraph(getTranslation("volunteer.field.consent.help"));
        consentHelp.addClassName("field-help");
        consentHelp.setId("consent-help");
        consent.getElement().setAttribute("aria-describedby", "consent-help");

        FormLayout studies = new FormLayout(institution, programme, level, region, languages, remoteOk, maxSeats,
                creditHours);
        studies.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(new H2(getTranslation("volunteer.section.studies")), studies,
                new H2(getTranslation("volunteer.section.skills")), skills, learningGoals,
                new H2(getTranslation("volunteer.section.availability")), windows,
                new H2(getTranslation("volunteer.section.consent")), consent, consentHelp,
                new H2(getTranslation("volunteer.section.conflicts")), conflicts);
    }

    VolunteerProfileCommand command() {
        Set<WorkingLanguage> chosen = languages.getValue().isEmpty() ? Set.of()
                : EnumSet.copyOf(languages.getValue());
        List<String> goals = catalogue.stream().filter(learningGoals.getValue()::contains).map(Skill::code).toList();
        return new VolunteerProfileCommand(institution.getValue(), programme.getValue(), level.getValue(),
                skills.getValue(), goals, chosen, region.getValue(), remoteOk.getValue(), windows.getValue(),
                maxSeats.getValue() == null ? 0 : maxSeats.getValue(), creditHours.getValue(), consent.getValue(),
                conflicts.getValue());
    }

    void show(VolunteerProfileCommand profile) {
        institution.setValue(profile.institution());
        programme.setValue(profile.programme() == null ? "" : profile.programme());
        level.setValue(profile.level());
        languages.setValue(profile.languages());
        region.setValue(profile.region());
        remoteOk.setValue(profile.remoteOk());
        maxSeats.setValue(profile.maxConcurrentSeats());
        creditHours.setValue(profile.creditHoursNeeded());
        skills.setValue(profile.skills());
        learningGoals.setValue(catalogue.stream().filter(s -> profile.learningGoals().contains(s.code()))
                .collect(Collectors.toSet()));
        windows.setValue(profile.windows());
        consent.setValue(profile.consentToShare());
        conflicts.setValue(profile.conflicts());
        clearErrors();
    }

    /** Puts each problem next to its field; returns the problems that belong to no field. */
    List<String> showErrors(Map<String, String> fieldMessageKeys) {
        clearErrors();
        List<String> general = new ArrayList<>();
        fieldMessageKeys.forEach((name, key) -> {
            String message = getTranslation(key);
            if (name != null && name.startsWith("conflicts")) {
                conflicts.showProblem(name, message);
                return;
            }
            if ("skills".equals(name)) {
                skills.showError(message);
                return;
            }
            Matcher window = WINDOW_FIELD.matcher(name);
            HasValidation field = window.matches() && window.group(2) != null
                    ? windows.field(Integer.parseInt(window.group(1)), window.group(2)) : field(name);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else if (name.startsWith("windows")) {
                windows.showError(message);
            } else {
                general.add(key);
            }
        });
        return general;
    }

    void clearErrors() {
        for (HasValidation f : fields()) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
        skills.showError(null);
        windows.clearErrors();
        conflicts.clearErrors();
    }

    private HasValidation field(String name) {
        return switch (name == null ? "" : name) {
            case "institution" -> institution;
            case "programme" -> programme;
            case "level" -> level;
            case "languages" -> languages;
            case "region" -> region;
            case "maxConcurrentSeats" -> maxSeats;
            case "creditHoursNeeded" -> creditHours;
            case "learningGoals" -> learningGoals;
            default -> null;
        };
    }

    private List<HasValidation> fields() {
        return List.of(institution, programme, level, languages, region, maxSeats, creditHours, learningGoals);
    }
}
