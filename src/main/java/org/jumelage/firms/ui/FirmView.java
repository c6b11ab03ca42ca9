package org.jumelage.firms.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.firms.Balances;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmException;
import org.jumelage.firms.FirmMembership;
import org.jumelage.firms.FirmService;
import org.jumelage.firms.FirmStatus;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.ObligationCommand;
import org.jumelage.firms.ObligationService;
import org.jumelage.firms.ObligationView;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * "My firm": a person without one registers it here; a member sees its verification status, edits
 * its profile, declares pro bono obligations and follows their balances from the hours ledger.
 */
@Route("firm")
@RolesAllowed(Role.FIRM)
@Menu(title = "nav.firm", order = 11, icon = "vaadin:briefcase")
public class FirmView extends Main implements HasDynamicTitle {

    /** One line of the balances table: an obligation, or the firm's total. */
    record BalanceRow(String label, Balances balances) {
    }

    final FirmForm form = new FirmForm();
    final Button register = new Button();
    final Button save = new Button();
    final Div banner = new Div();
    final Div problem = new Div();
    final Div content = new Div();

    final Grid<ObligationView> obligations = new Grid<>();
    final FormLayout obligationForm = new FormLayout();
    final IntegerField hours = new IntegerField();
    final TextField source = new TextField();
    final DatePicker start = new DatePicker();
    final DatePicker expiry = new DatePicker();
    final Button declare = new Button();
    final Div obligationProblem = new Div();
    final Grid<BalanceRow> balances = new Grid<>();

    private final transient FirmService firms;
    private final transient ObligationService obligationService;
    private final transient HoursLedger ledger;
    private final transient FirmMembership membership;
    private FirmDetails firm;
    FirmMembersPanel membersPanel;

    public FirmView(FirmService firms, ObligationService obligationService, HoursLedger ledger,
            FirmMembership membership) {
        this.membership = membership;
        this.firms = firms;
        this.obligationService = obligationService;
        this.ledger = ledger;
        addClassName("page");
        setId("firm-view");

        register.setText(getTranslation("firmui.register.submit"));
        register.setId("firm-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> registerFirm());
        save.setText(getTranslation("common.save"));
        save.setId("firm-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveProfile());

        problem.setId("firm-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        obligationProblem.setId("obligation-problem");
        obligationProblem.getElement().setAttribute("role", "alert");
        obligationProblem.setClassName("notice notice-error");
        obligationProblem.setVisible(false);
        banner.setId("firm-status");
        banner.getElement().setAttribute("role", "status");

        obligations.setId("firm-obligations");
        obligations.setAllRowsVisible(true);
        obligations.addColumn(ObligationView::sourceReference)
                .setHeader(getTranslation("firmui.obligations.source")).setAutoWidth(true);
        obligations.addColumn(ObligationView::hoursOwed).setHeader(getTranslation("firmui.obligations.hours"));
        obligations.addColumn(o -> date(o.startDate())).setHeader(getTranslation("firmui.obligations.start"));
        obligations.addColumn(o -> date(o.expiryDate())).setHeader(getTranslation("firmui.obligations.expiry"));
        obligations.addColumn(o -> getTranslation("firmui.obligationStatus." + o.status().name()))
                .setHeader(getTranslation("firmui.obligations.status"));

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
        declare.setText(getTranslation("firmui.obligation.declare"));
        declare.setId("obligation-declare");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.addClickListener(e -> declareObligation());
        obligationForm.setId("obligation-form");
        obligationForm.add(hours, source, start, expiry);
        obligationForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2));

        balances.setId("firm-balances");
        balances.setAllRowsVisible(true);
        balances.addColumn(BalanceRow::label).setHeader(getTranslation("firmui.balances.obligation"))
                .setAutoWidth(true);
        balanceColumn("firmui.balances.owed", Balances::owed);
        balanceColumn("firmui.balances.allocated", Balances::allocated);
        balanceColumn("firmui.balances.delivered", Balances::delivered);
        balanceColumn("firmui.balances.confirmed", Balances::confirmed);
        balanceColumn("firmui.balances.remaining", Balances::remaining);
        balanceColumn("firmui.balances.expired", Balances::expired);

        add(new H1(getTranslation("firmui.title")), problem, content);
        render();
    }

    private void balanceColumn(String key, ToIntFunction<Balances> value) {
        balances.addColumn(r -> value.applyAsInt(r.balances())).setHeader(getTranslation(key));
    }

    /** Shows the registration form or the firm, from what the services say now. */
    void render() {
        content.removeAll();
        firm = firms.mine().orElse(null);
        form.clearErrors();
        if (firm == null) {
            content.add(new Paragraph(getTranslation("firmui.register.intro")), form, register);
            return;
        }
        form.show(firm);
        showBanner();
        refreshObligations();
        content.add(banner, new H2(getTranslation("firmui.profile.title")), form, save,
                new H2(getTranslation("firmui.obligations.title")), obligations,
                new H2(getTranslation("firmui.obligation.title")), obligationProblem, obligationForm, declare,
                new H2(getTranslation("firmui.balances.title")), balances);
        membersPanel = new FirmMembersPanel(membership, firm.id(), this::render);
        content.add(membersPanel);
    }

    private void refreshObligations() {
        List<ObligationView> list = obligationService.ofFirm(firm.id());
        obligations.setItems(list);
        List<BalanceRow> rows = new ArrayList<>();
        list.forEach(o -> rows.add(new BalanceRow(o.sourceReference(), o.balances())));
        rows.add(new BalanceRow(getTranslation("firmui.balances.total"), ledger.firmBalances(firm.id())));
        balances.setItems(rows);
    }

    private void showBanner() {
        banner.removeAll();
        banner.setClassName("notice " + switch (firm.status()) {
            case VERIFIED -> "notice-success";
            case REJECTED -> "notice-error";
            case PENDING -> "notice-info";
        });
        banner.add(new Paragraph(getTranslation("firmui.banner." + firm.status().name())));
        if (firm.rejectionReason() != null && !firm.rejectionReason().isBlank()
                && firm.status() != FirmStatus.VERIFIED) {
            Paragraph reason = new Paragraph(getTranslation("firmui.banner.reason") + " ");
            Span text = new Span(firm.rejectionReason());
            text.setId("firm-rejection-reason");
            reason.add(text);
            banner.add(reason);
        }
    }

    void registerFirm() {
        problem.setVisible(false);
        try {
            firms.register(form.profile());
        } catch (FirmException e) {
            showProblems(e);
            return;
        }
        notify("firmui.register.done", NotificationVariant.LUMO_SUCCESS);
        render();
    }

    void saveProfile() {
        problem.setVisible(false);
        try {
            firms.update(firm.id(), form.profile(), firm.version());
        } catch (FirmException e) {
            showProblems(e);
            return;
        }
        notify("firmui.profile.saved", NotificationVariant.LUMO_SUCCESS);
        render();
    }

    void declareObligation() {
        obligationProblem.setVisible(false);
        clearObligationErrors();
        ObligationCommand command = new ObligationCommand(hours.getValue() == null ? 0 : hours.getValue(),
                source.getValue(), start.getValue(), expiry.getValue(), null, null);
        try {
            obligationService.declare(firm.id(), command);
        } catch (FirmException e) {
            Map<String, String> problems = e.fieldMessageKeys().isEmpty() ? Map.of("", e.messageKey())
                    : e.fieldMessageKeys();
            problems.forEach((property, key) -> {
                HasValidation field = obligationField(property);
                if (field == null) {
                    obligationProblem.setText(getTranslation(key));
                    obligationProblem.setVisible(true);
                } else {
                    field.setErrorMessage(getTranslation(key));
                    field.setInvalid(true);
                }
            });
            return;
        }
        notify("firmui.obligation.declared", NotificationVariant.LUMO_SUCCESS);
        hours.clear();
        source.clear();
        start.clear();
        expiry.clear();
        clearObligationErrors();
        refreshObligations();
    }

    private HasValidation obligationField(String property) {
        return switch (property) {
            case "hoursOwed" -> hours;
            case "sourceReference" -> source;
            case "startDate" -> start;
            case "expiryDate", "expiryAfterStart" -> expiry;
            default -> null;
        };
    }

    private void clearObligationErrors() {
        for (HasValidation f : List.<HasValidation>of(hours, source, start, expiry)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    /** Field problems go next to their fields; any other (e.g. a concurrent edit) above the form. */
    private void showProblems(FirmException e) {
        List<String> general = e.fieldMessageKeys().isEmpty() ? List.of(e.messageKey())
                : form.showErrors(e.fieldMessageKeys());
        if (!general.isEmpty()) {
            problem.setText(getTranslation(general.get(0)));
            problem.setVisible(true);
        }
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(day);
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("firmui.title") + " · " + getTranslation("app.name");
    }
}
