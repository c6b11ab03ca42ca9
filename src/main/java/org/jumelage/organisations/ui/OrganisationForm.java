package org.jumelage.organisations.ui;

import static org.jumelage.shared.ui.FieldProblems.text;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.organisations.VolunteerBand;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.ui.FieldProblems;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The organisation's profile. Service-free: the view reads {@link #profile()}, calls the service and
 * hands any refusal back to {@link #showErrors(Map)}, which puts each message next to its field.
 */
class OrganisationForm extends FormLayout {

    final TextField legalName = new TextField();
    final TextField neq = new TextField();
    final ComboBox<Sector> sector = new ComboBox<>();
    final ComboBox<Region> region = new ComboBox<>();
    final TextField street = new TextField();
    final TextField city = new TextField();
    final TextField postalCode = new TextField();
    final Select<EmployeeBand> employees = new Select<>();
    final Select<VolunteerBand> volunteers = new Select<>();
    final Select<BudgetBand> budget = new Select<>();
    final TextArea description = new TextArea();
    final TextField website = new TextField();

    OrganisationForm() {
        setId("organisation-form");
        legalName.setLabel(getTranslation("organisation.field.legalName"));
        legalName.setId("legalName");
        legalName.setRequiredIndicatorVisible(true);
        legalName.setMaxLength(200);
        neq.setLabel(getTranslation("organisation.field.neq"));
        neq.setId("neq");
        neq.setRequiredIndicatorVisible(true);
        neq.setHelperText(getTranslation("organisation.field.neq.help"));
        neq.setMaxLength(20);
        sector.setLabel(getTranslation("organisation.field.sector"));
        sector.setId("sector");
        sector.setRequiredIndicatorVisible(true);
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> Labels.sector(this, s));
        region.setLabel(getTranslation("organisation.field.region"));
        region.setId("region");
        region.setRequiredIndicatorVisible(true);
        region.setItems(Stream.of(Region.values()).sorted(Comparator.comparing(Region::code)).toList());
        region.setItemLabelGenerator(r -> Labels.region(this, r));
        street.setLabel(getTranslation("organisation.field.street"));
        street.setId("street");
        street.setMaxLength(200);
        city.setLabel(getTranslation("organisation.field.city"));
        city.setId("city");
        city.setMaxLength(100);
        postalCode.setLabel(getTranslation("organisation.field.postalCode"));
        postalCode.setId("postalCode");
        postalCode.setHelperText(getTranslation("organisation.field.postalCode.help"));
        postalCode.setMaxLength(7);
        employees.setLabel(getTranslation("organisation.field.employees"));
        employees.setId("employees");
        // No required marker on a Select: Vaadin puts aria-required on its button, which axe rates serious.
        employees.setItems(EmployeeBand.values());
        employees.setItemLabelGenerator(b -> getTranslation(b.translationKey()));
        volunteers.setLabel(getTranslation("organisation.field.volunteers"));
        volunteers.setId("volunteers");
        // No required marker on a Select: Vaadin puts aria-required on its button, which axe rates serious.
        volunteers.setItems(VolunteerBand.values());
        volunteers.setItemLabelGenerator(b -> getTranslation(b.translationKey()));
        budget.setLabel(getTranslation("organisation.field.budget"));
        budget.setId("budget");
        // No required marker on a Select: Vaadin puts aria-required on its button, which axe rates serious.
        budget.setItems(BudgetBand.values());
        budget.setItemLabelGenerator(b -> getTranslation(b.translationKey()));
        description.setLabel(getTranslation("organisation.field.description"));
        description.setId("description");
        description.setMaxLength(2000);
        description.setHelperText(getTranslation("organisation.field.description.help"));
        website.setLabel(getTranslation("organisation.field.website"));
        website.setId("website");
        website.setHelperText(getTranslation("organisation.field.website.help"));
        website.setMaxLength(300);

        add(legalName, neq, sector, region, street, city, postalCode, employees, volunteers, budget, website);
        add(description, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    OrganisationProfile profile() {
        return new OrganisationProfile(legalName.getValue(), neq.getValue(), sector.getValue(), region.getValue(),
                street.getValue(), city.getValue(), postalCode.getValue(), employees.getValue(),
                volunteers.getValue(), budget.getValue(), description.getValue(), website.getValue());
    }

    void show(OrganisationDetails organisation) {
        legalName.setValue(text(organisation.legalName()));
        neq.setValue(text(organisation.formattedNeq()));
        sector.setValue(organisation.sector());
        region.setValue(organisation.region());
        street.setValue(text(organisation.street()));
        city.setValue(text(organisation.city()));
        postalCode.setValue(text(organisation.postalCode()));
        employees.setValue(organisation.employees());
        volunteers.setValue(organisation.volunteers());
        budget.setValue(organisation.budget());
        description.setValue(text(organisation.description()));
        website.setValue(text(organisation.website()));
        clearErrors();
    }

    /** Puts each problem next to its field; returns the problems that belong to no field. */
    List<String> showErrors(Map<String, String> fieldMessageKeys) {
        clearErrors();
        return FieldProblems.show(fieldMessageKeys, this::getTranslation,
                (property, message) -> FieldProblems.mark(field(property), message));
    }

    void clearErrors() {
        FieldProblems.clear(fields());
    }

    void setEditable(boolean editable) {
        FieldProblems.setEditable(fields(), editable);
    }

    private HasValidation field(String name) {
        return switch (name == null ? "" : name) {
            case "legalName" -> legalName;
            case "neq" -> neq;
            case "sector" -> sector;
            case "region" -> region;
            case "street" -> street;
            case "city" -> city;
            case "postalCode" -> postalCode;
            case "employees" -> employees;
            case "volunteers" -> volunteers;
            case "budget" -> budget;
            case "description" -> description;
            case "website" -> website;
            default -> null;
        };
    }

    private List<HasValidation> fields() {
        return List.of(legalName, neq, sector, region, street, city, postalCode, employees, volunteers, budget,
                description, website);
    }
}
