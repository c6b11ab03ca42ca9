package org.jumelage.firms.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jumelage.firms.FirmException;
import org.jumelage.firms.HoursOverview;
import org.jumelage.firms.ObligationCommand;
import org.jumelage.firms.ObligationService;
import org.jumelage.firms.ObligationStatus;
import org.jumelage.firms.ObligationView;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The firm's pro bono obligations: the list with their restrictions and state, a form to declare
 * one or edit one still untouched by the ledger, cancellation, and each obligation's ledger lines.
 * Edits and cancellations carry the version the person read, so a concurrent change is refused.
 */
class ObligationsSection extends Div {

    final Grid<ObligationView> grid = new Grid<>();
    final H2 formTitle = new H2();
    final FormLayout form = new FormLayout();
    final IntegerField hours = new IntegerField();
    final TextField source = new TextField();
    final DatePicker start = new DatePicker();
    final DatePicker expiry = new DatePicker();
    final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>();
    final Button submit = new Button();
    final Button stopEditing = new Button();
    final Div problem = new Div();

    private final transient ObligationService service;
    private final transient HoursOverview overview;
    private final transient Supplier<String> firmId;
    private final Runnable changed;
    /** The obligation being edited, with the version read; null while declaring a new one. */
    private ObligationView editing;
    LedgerLinesDialog linesDialog;
    ConfirmDialog cancelDialog;

    ObligationsSection(ObligationService service, HoursOverview overview, Supplier<String> firmId, Runnable changed) {
        this.service = service;
        this.overview = overview;
        this.firmId = firmId;
        this.changed = changed;
        setId("obligations-section");

        grid.setId("firm-obligations");
        grid.setAllRowsVisible(true);
        grid.addColumn(ObligationView::sourceReference).setHeader(getTranslation("firmui.obligations.source"))
                .setAutoWidth(true);
        grid.addColumn(ObligationView::hoursOwed).setHeader(getTranslation("firmui.obligations.hours"));
        grid.addColumn(o -> date(o.startDate())).setHeader(getTranslation("firmui.obligations.start"));
        grid.addColumn(o -> date(o.expiryDate())).setHeader(getTranslation("firmui.obligations.expiry"));
        grid.addColumn(this::restrictions).setHeader(getTranslation("firmui.obligations.restrictions"))
                .setAutoWidth(true);
        grid.addColumn(o -> getTranslation("firmui.obligationStatus." + o.status().name()))
                .setHeader(getTranslation("firmui.obligations.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("firmui.obligations.actions"))
                .setAutoWidth(true);

        hours.setLabel(getTranslation("firmui.obligation.hours"));
        hours.setId("obligation-hours");
        hours.setMin(1);
        hours.setMax(10_000);
        hours.setRequiredIndicatorVisible(true);
        source.setLabel(getTranslation("firmui.obligation.source"));
        source.setId("obligation-source");
        source.setHelperText(getTranslation("firmui.obligation.source.help"));
        source.setMaxLength(200);
        source.setRequiredIndicatorVisible(true);
        start.setLabel(getTranslation("firmui.obligation.start"));
        start.setId("obligation-start");
        start.setRequiredIndicatorVisible(true);
        expiry.setLabel(getTranslation("firmui.obligation.expiry"));
        expiry.setId("obligation-expiry");
        expiry.setRequiredIndicatorVisible(true);
        sectors.setLabel(getTranslation("firmui.obligation.sectors"));
        sectors.setId("obligation-sectors");
        sectors.setHelperText(getTranslation("firmui.obligation.sectors.help"));
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(s -> FirmForm.label(this, s.translationKey(), s.name()));
        regions.setLabel(getTranslation("firmui.obligation.regions"));
        regions.setId("obligation-regions");
        regions.setHelperText(getTranslation("firmui.obligation.regions.help"));
        regions.setItems(Stream.of(Region.values()).sorted(Comparator.comparing(Region::code)).toList());
        regions.setItemLabelGenerator(r -> FirmForm.label(this, r.translationKey(), r.name()));
        form.setId("obligation-form");
        form.add(hours, source, start, expiry, sectors, regions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        submit.setId("obligation-declare");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        stopEditing.setText(getTranslation("firmui.obligation.stopEditing"));
        stopEditing.setId("obligation-stop-editing");
        stopEditing.addClickListener(e -> declareMode());
        problem.setId("obligation-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);

        add(new H2(getTranslation("firmui.obligations.title")), grid, formTitle, problem, form,
                new HorizontalLayout(submit, stopEditing));
        declareMode();
    }

    /** Shows the obligations as just read (the view reads them once for this list and the balances). */
    void show(List<ObligationView> list) {
        grid.setItems(list);
    }

    /** Back to declaring a new obligation, with an empty form. */
    void declareMode() {
        editing = null;
        formTitle.setText(getTranslation("firmui.obligation.title"));
        submit.setText(getTranslation("firmui.obligation.declare"));
        stopEditing.setVisible(false);
        hours.clear();
        source.clear();
        start.clear();
        expiry.clear();
        sectors.clear();
        regions.clear();
        clearErrors();
    }

    /** Fills the form with an obligation to change it. */
    void edit(ObligationView o) {
        editing = o;
        formTitle.setText(getTranslation("firmui.obligation.editTitle"));
        submit.setText(getTranslation("firmui.obligation.save"));
        stopEditing.setVisible(true);
        hours.setValue(o.hoursOwed());
        source.setValue(o.sourceReference());
        start.setValue(o.startDate());
        expiry.setValue(o.expiryDate());
        sectors.setValue(o.sectors());
        regions.setValue(o.regions());
        clearErrors();
        hours.focus();
    }

    void submit() {
        clearErrors();
        ObligationCommand command = new ObligationCommand(hours.getValue() == null ? 0 : hours.getValue(),
                source.getValue(), start.getValue(), expiry.getValue(), sectors.getValue(), regions.getValue());
        boolean updating = editing != null;
        try {
            if (updating) {
                service.update(editing.id(), command, editing.version());
            } else {
                service.declare(firmId.get(), command);
            }
        } catch (FirmException e) {
            showProblems(e);
            return;
        }
        notify(updating ? "firmui.obligation.saved" : "firmui.obligation.declared", NotificationVariant.LUMO_SUCCESS);
        declareMode();
        changed.run();
    }

    /** Asks before cancelling: a cancelled obligation gives no more hours. */
    void askCancel(ObligationView o) {
        cancelDialog = new ConfirmDialog();
        cancelDialog.setHeader(getTranslation("firmui.obligation.cancelTitle"));
        cancelDialog.setText(getTranslation("firmui.obligation.cancelText", o.sourceReference()));
        cancelDialog.setCancelable(true);
        cancelDialog.setCancelText(getTranslation("firmui.obligation.keep"));
        cancelDialog.setConfirmText(getTranslation("firmui.obligation.cancelConfirm"));
        cancelDialog.setConfirmButtonTheme("error primary");
        cancelDialog.addConfirmListener(e -> cancel(o));
        cancelDialog.open();
    }

    void cancel(ObligationView o) {
        clearErrors();
        try {
            service.cancel(o.id(), o.version());
        } catch (FirmException e) {
            problem.setText(getTranslation(e.messageKey()));
            problem.setVisible(true);
            changed.run();
            return;
        }
        notify("firmui.obligation.cancelled", NotificationVariant.LUMO_SUCCESS);
        if (editing != null && editing.id().equals(o.id())) {
            declareMode();
        }
        changed.run();
    }

    void showLines(ObligationView o) {
        try {
            linesDialog = new LedgerLinesDialog(o, overview.linesOfObligation(o.id()));
        } catch (FirmException e) {
            notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
            return;
        }
        linesDialog.open();
    }

    private Component actions(ObligationView o) {
        boolean untouched = o.status() == ObligationStatus.ACTIVE && o.balances().allocated() == 0
                && o.balances().logged() == 0 && o.balances().expired() == 0;
        Button edit = small("firmui.obligation.edit", o, () -> edit(o));
        edit.setEnabled(untouched);
        Button cancel = small("firmui.obligation.cancel", o, () -> askCancel(o));
        cancel.setEnabled(untouched);
        Button lines = small("firmui.obligation.lines", o, () -> showLines(o));
        HorizontalLayout layout = new HorizontalLayout(edit, cancel, lines);
        layout.setSpacing(false);
        return layout;
    }

    private Button small(String key, ObligationView o, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key) + " : " + o.sourceReference());
        button.addClassName(key.replace('.', '-'));
        return button;
    }

    private String restrictions(ObligationView o) {
        if (o.sectors().isEmpty() && o.regions().isEmpty()) {
            return getTranslation("firmui.obligations.unrestricted");
        }
        return Stream.concat(
                o.sectors().stream().map(s -> FirmForm.label(this, s.translationKey(), s.name())).sorted(),
                o.regions().stream().map(r -> FirmForm.label(this, r.translationKey(), r.name())).sorted())
                .collect(Collectors.joining(", "));
    }

    private void showProblems(FirmException e) {
        Map<String, String> problems = e.fieldMessageKeys().isEmpty() ? Map.of("", e.messageKey())
                : e.fieldMessageKeys();
        problems.forEach((property, key) -> {
            HasValidation field = field(property);
            if (field == null) {
                problem.setText(getTranslation(key));
                problem.setVisible(true);
            } else {
                field.setErrorMessage(getTranslation(key));
                field.setInvalid(true);
            }
        });
    }

    private HasValidation field(String property) {
        return switch (property) {
            case "hoursOwed" -> hours;
            case "sourceReference" -> source;
            case "startDate" -> start;
            case "expiryDate", "expiryAfterStart" -> expiry;
            default -> null;
        };
    }

    private void clearErrors() {
        problem.setVisible(false);
        for (HasValidation f : List.<HasValidation>of(hours, source, start, expiry, sectors, regions)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(day);
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
