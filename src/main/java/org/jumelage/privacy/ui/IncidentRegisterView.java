package org.jumelage.privacy.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

import org.jumelage.accounts.Role;
import org.jumelage.privacy.IncidentCommand;
import org.jumelage.privacy.IncidentException;
import org.jumelage.privacy.IncidentRegister;
import org.jumelage.privacy.IncidentView;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The register of confidentiality incidents for coordinators: every entry, the ones whose
 * notifications are still due first flagged, and a form to enter or complete an entry.
 */
@Route("coordination/incidents")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.incidents", order = 38, icon = "vaadin:shield")
public class IncidentRegisterView extends Main implements HasDynamicTitle {

    final Grid<IncidentView> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Button add = new Button();
    final Dialog dialog = new Dialog();
    final Div formError = new Div();

    final DatePicker occurredOn = new DatePicker();
    final DatePicker discoveredOn = new DatePicker();
    final TextArea description = new TextArea();
    final TextArea personalInformation = new TextArea();
    final IntegerField personsConcerned = new IntegerField();
    final Checkbox seriousInjuryRisk = new Checkbox();
    final TextArea riskAssessment = new TextArea();
    final DatePicker commissionNotifiedOn = new DatePicker();
    final DatePicker personsNotifiedOn = new DatePicker();
    final TextArea measures = new TextArea();
    final Button save = new Button();

    private final transient IncidentRegister register;
    private IncidentView editing;

    public IncidentRegisterView(IncidentRegister register) {
        this.register = register;
        addClassName("page");
        setId("incident-register-view");

        add.setText(getTranslation("incident.add"));
        add.setId("incident-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));

        grid.setId("incident-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> date(i.discoveredOn())).setHeader(getTranslation("incident.discoveredOn")).setAutoWidth(true);
        grid.addColumn(IncidentView::description).setHeader(getTranslation("incident.description")).setFlexGrow(1);
        grid.addColumn(IncidentView::personsConcerned).setHeader(getTranslation("incident.persons")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.seriousInjuryRisk() ? "incident.risk.yes" : "incident.risk.no"))
                .setHeader(getTranslation("incident.risk")).setAutoWidth(true);
        grid.addColumn(i -> i.notificationsPending() ? getTranslation("incident.notices.pending") : "")
                .setHeader(getTranslation("incident.notices")).setAutoWidth(true);
        grid.addColumn(IncidentView::recordedBy).setHeader(getTranslation("incident.recordedBy")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        empty.setId("incident-empty");
        empty.setText(getTranslation("incident.empty"));

        buildDialog();
        add(new H1(getTranslation("incident.title")), new Paragraph(getTranslation("incident.intro")), add, empty,
                grid);
        refresh();
    }

    private void buildDialog() {
        occurredOn.setLabel(getTranslation("incident.occurredOn"));
        occurredOn.setId("incident-occurred");
        occurredOn.setHelperText(getTranslation("incident.occurredOn.help"));
        discoveredOn.setLabel(getTranslation("incident.discoveredOn"));
        discoveredOn.setId("incident-discovered");
        discoveredOn.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("incident.description"));
        description.setId("incident-description");
        description.setMaxLength(4000);
        description.setRequiredIndicatorVisible(true);
        personalInformation.setLabel(getTranslation("incident.information"));
        personalInformation.setId("incident-information");
        personalInformation.setMaxLength(2000);
        personalInformation.setRequiredIndicatorVisible(true);
        personsConcerned.setLabel(getTranslation("incident.persons"));
        personsConcerned.setId("incident-persons");
        personsConcerned.setMin(0);
        seriousInjuryRisk.setLabel(getTranslation("incident.risk.label"));
        seriousInjuryRisk.setId("incident-risk");
        riskAssessment.setLabel(getTranslation("incident.riskAssessment"));
        riskAssessment.setId("incident-risk-assessment");
        riskAssessment.setMaxLength(2000);
        riskAssessment.setHelperText(getTranslation("incident.riskAssessment.help"));
        commissionNotifiedOn.setLabel(getTranslation("incident.commissionNotifiedOn"));
        commissionNotifiedOn.setId("incident-commission");
        personsNotifiedOn.setLabel(getTranslation("incident.personsNotifiedOn"));
        personsNotifiedOn.setId("incident-persons-notified");
        measures.setLabel(getTranslation("incident.measures"));
        measures.setId("incident-measures");
        measures.setMaxLength(4000);
        formError.setId("incident-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        FormLayout form = new FormLayout(occurredOn, discoveredOn, description, personalInformation, personsConcerned,
                seriousInjuryRisk, riskAssessment, commissionNotifiedOn, personsNotifiedOn, measures);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(description, 2);
        form.setColspan(personalInformation, 2);
        form.setColspan(riskAssessment, 2);
        form.setColspan(measures, 2);
        save.setText(getTranslation("incident.save"));
        save.setId("incident-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.setHeaderTitle(getTranslation("incident.dialog"));
        dialog.add(formError, form);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(56rem, 95vw)");
    }

    void open(IncidentView incident) {
        editing = incident;
        clearErrors();
        IncidentCommand c = incident == null ? null : incident.command();
        occurredOn.setValue(c == null ? null : c.occurredOn());
        discoveredOn.setValue(c == null ? null : c.discoveredOn());
        description.setValue(c == null ? "" : c.description());
        personalInformation.setValue(c == null ? "" : c.personalInformation());
        personsConcerned.setValue(c == null ? 0 : c.personsConcerned());
        seriousInjuryRisk.setValue(c != null && c.seriousInjuryRisk());
        riskAssessment.setValue(c == null ? "" : c.riskAssessment());
        commissionNotifiedOn.setValue(c == null ? null : c.commissionNotifiedOn());
        personsNotifiedOn.setValue(c == null ? null : c.personsNotifiedOn());
        measures.setValue(c == null ? "" : c.measures());
        dialog.open();
    }

    void save() {
        clearErrors();
        if (personsConcerned.isInvalid()) {
            showError(personsConcerned, "incident.persons.range");
            return;
        }
        IncidentCommand command = new IncidentCommand(occurredOn.getValue(), discoveredOn.getValue(),
                description.getValue(), personalInformation.getValue(),
                personsConcerned.getValue() == null ? 0 : personsConcerned.getValue(), seriousInjuryRisk.getValue(),
                riskAssessment.getValue(), commissionNotifiedOn.getValue(), personsNotifiedOn.getValue(),
                measures.getValue());
        try {
            if (editing == null) {
                register.record(command);
            } else {
                register.update(editing.id(), command, editing.version());
            }
        } catch (IncidentException refused) {
            Map<String, String> problems = refused.fieldMessageKeys();
            if (problems.isEmpty()) {
                formError.setText(getTranslation(refused.messageKey()));
                formError.setVisible(true);
            }
            problems.forEach((field, key) -> showError(field(field), key));
            return;
        }
        dialog.close();
        refresh();
    }

    void refresh() {
        List<IncidentView> rows = register.all();
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private HasValidation field(String name) {
        return switch (name) {
            case "occurredOn" -> occurredOn;
            case "discoveredOn" -> discoveredOn;
            case "personalInformation" -> personalInformation;
            case "personsConcerned" -> personsConcerned;
            case "riskAssessment" -> riskAssessment;
            case "commissionNotifiedOn" -> commissionNotifiedOn;
            case "personsNotifiedOn" -> personsNotifiedOn;
            case "measures" -> measures;
            default -> description;
        };
    }

    private void showError(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void clearErrors() {
        formError.setVisible(false);
        for (HasValidation f : new HasValidation[] {occurredOn, discoveredOn, description, personalInformation,
                personsConcerned, riskAssessment, commissionNotifiedOn, personsNotifiedOn, measures}) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incident.title") + " · " + getTranslation("app.name");
    }
}
