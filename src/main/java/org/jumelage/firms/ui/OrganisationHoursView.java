package org.jumelage.firms.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmException;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.HoursOverview;
import org.jumelage.firms.PendingHours;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * Hours to confirm: the hours firms and volunteers logged on the projects of the person's
 * organisation, which the organisation confirms or disputes (with a comment) one by one. Each line's
 * answer carries an idempotency key kept for the life of the view, so a double click counts once.
 */
@Route("organisation/hours")
@RolesAllowed(Role.OSBL)
@Menu(title = "nav.organisation.hours", order = 21, icon = "vaadin:clock")
public class OrganisationHoursView extends Main implements HasDynamicTitle {

    final Grid<PendingHours> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Div problem = new Div();
    Dialog disputeDialog;
    TextArea disputeComment;
    Button disputeConfirm;

    private final transient HoursOverview overview;
    private final transient HoursLedger ledger;
    private final Map<String, String> keys = new HashMap<>();

    public OrganisationHoursView(HoursOverview overview, HoursLedger ledger) {
        this.overview = overview;
        this.ledger = ledger;
        addClassName("page");
        setId("organisation-hours-view");

        problem.setId("organisation-hours-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        empty.setText(getTranslation("osblhours.empty"));
        empty.setId("organisation-hours-empty");

        grid.setId("organisation-hours");
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> date(p.workDate())).setHeader(getTranslation("osblhours.date")).setAutoWidth(true);
        grid.addColumn(p -> p.projectTitle() + " · " + p.seatTitle()).setHeader(getTranslation("osblhours.project"))
                .setFlexGrow(2);
        grid.addColumn(PendingHours::providerName).setHeader(getTranslation("osblhours.provider")).setAutoWidth(true);
        grid.addColumn(PendingHours::hours).setHeader(getTranslation("osblhours.hours"));
        grid.addColumn(p -> p.description() == null ? "" : p.description())
                .setHeader(getTranslation("osblhours.description")).setFlexGrow(2);
        grid.addColumn(PendingHours::loggedBy).setHeader(getTranslation("osblhours.loggedBy")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("osblhours.actions")).setAutoWidth(true);

        add(new H1(getTranslation("osblhours.title")), new Paragraph(getTranslation("osblhours.intro")), problem,
                empty, grid);
        refresh();
    }

    void refresh() {
        List<PendingHours> pending = overview.awaitingConfirmation();
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        empty.setVisible(pending.isEmpty());
    }

    void confirm(PendingHours line) {
        problem.setVisible(false);
        try {
            ledger.confirm(line.loggedLineId(), null, key("confirm", line));
        } catch (FirmException e) {
            showProblem(e);
            return;
        }
        notify("osblhours.confirmed");
        refresh();
    }

    /** Asks why, then disputes the line; the comment is required. */
    void askDispute(PendingHours line) {
        problem.setVisible(false);
        disputeDialog = new Dialog();
        disputeDialog.setHeaderTitle(getTranslation("osblhours.dispute.title"));
        disputeComment = new TextArea(getTranslation("osblhours.dispute.comment"));
        disputeComment.setId("dispute-comment");
        disputeComment.setWidth("32rem");
        disputeComment.setMaxLength(HoursLedger.MAX_TEXT);
        disputeComment.setRequiredIndicatorVisible(true);
        disputeComment.setHelperText(getTranslation("osblhours.dispute.help", line.hours(), line.providerName()));
        disputeConfirm = new Button(getTranslation("osblhours.dispute.submit"), e -> dispute(line));
        disputeConfirm.setId("dispute-confirm");
        disputeConfirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button close = new Button(getTranslation("common.cancel"), e -> disputeDialog.close());
        disputeDialog.add(disputeComment);
        disputeDialog.getFooter().add(close, disputeConfirm);
        disputeDialog.open();
    }

    void dispute(PendingHours line) {
        disputeComment.setInvalid(false);
        try {
            ledger.dispute(line.loggedLineId(), disputeComment.getValue(), key("dispute", line));
        } catch (FirmException e) {
            if ("comment".equals(e.field())) {
                disputeComment.setErrorMessage(getTranslation(e.messageKey()));
                disputeComment.setInvalid(true);
                return;
            }
            disputeDialog.close();
            showProblem(e);
            return;
        }
        disputeDialog.close();
        notify("osblhours.disputed");
        refresh();
    }

    private Component actions(PendingHours line) {
        String what = line.hours() + " h · " + line.providerName();
        Button confirm = new Button(getTranslation("osblhours.confirm"), e -> confirm(line));
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        confirm.addClassName("hours-confirm");
        confirm.setAriaLabel(getTranslation("osblhours.confirm") + " : " + what);
        confirm.setDisableOnClick(true);
        Button dispute = new Button(getTranslation("osblhours.dispute"), e -> askDispute(line));
        dispute.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dispute.addClassName("hours-dispute");
        dispute.setAriaLabel(getTranslation("osblhours.dispute") + " : " + what);
        HorizontalLayout layout = new HorizontalLayout(confirm, dispute);
        layout.setSpacing(false);
        return layout;
    }

    /** One key per line and answer for the life of this view: a repeated click is the same request. */
    String key(String action, PendingHours line) {
        return keys.computeIfAbsent(action + ":" + line.loggedLineId(), k -> k + ":" + UUID.randomUUID());
    }

    private void showProblem(FirmException e) {
        problem.setText(getTranslation(e.messageKey()));
        problem.setVisible(true);
        refresh();
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(day);
    }

    private void notify(String key) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("osblhours.title") + " · " + getTranslation("app.name");
    }
}
