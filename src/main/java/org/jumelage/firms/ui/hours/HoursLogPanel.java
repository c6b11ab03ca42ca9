package org.jumelage.firms.ui.hours;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.jumelage.firms.FirmException;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.SeatHours;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The seats allocated to a provider (a firm's obligations, or a volunteer) with their hours, and a
 * form to log hours worked on one. Each distinct submission carries its own idempotency key: the key
 * changes only when the person changes the form, so a double click or a resent request is counted
 * once by the ledger. Refusals from the ledger are shown in the person's language.
 */
public class HoursLogPanel extends Div {

    public final Grid<SeatHours> seats = new Grid<>();
    public final Paragraph noSeats = new Paragraph();
    public final Select<SeatHours> seat = new Select<>();
    public final DatePicker day = new DatePicker();
    public final IntegerField hours = new IntegerField();
    public final TextArea description = new TextArea();
    public final Button log = new Button();
    public final Div problem = new Div();

    private final transient HoursLedger ledger;
    private final transient Supplier<List<SeatHours>> source;
    private final Runnable logged;
    private String submissionKey = newKey();

    /**
     * @param source the seats to show, read again after each logging
     * @param logged called after hours were logged, e.g. to refresh balances shown elsewhere
     */
    public HoursLogPanel(HoursLedger ledger, Supplier<List<SeatHours>> source, boolean firm, Runnable logged) {
        this.ledger = ledger;
        this.source = source;
        this.logged = logged;
        setId("hours-panel");
        addClassName("hours-panel");

        seats.setId("hours-seats");
        seats.setAllRowsVisible(true);
        seats.addColumn(s -> s.projectTitle() + (s.organisationName().isBlank() ? "" : " · " + s.organisationName()))
                .setHeader(getTranslation("hours.seats.project")).setFlexGrow(2);
        seats.addColumn(SeatHours::seatTitle).setHeader(getTranslation("hours.seats.seat")).setAutoWidth(true);
        if (firm) {
            seats.addColumn(SeatHours::obligationSource).setHeader(getTranslation("hours.seats.obligation"))
                    .setAutoWidth(true);
        }
        seats.addColumn(SeatHours::allocated).setHeader(getTranslation("hours.seats.allocated"));
        seats.addColumn(SeatHours::logged).setHeader(getTranslation("hours.seats.logged"));
        seats.addColumn(SeatHours::confirmed).setHeader(getTranslation("hours.seats.confirmed"));
        seats.addColumn(SeatHours::awaiting).setHeader(getTranslation("hours.seats.awaiting"));
        seats.addColumn(s -> getTranslation(s.closed() ? "hours.seats.closed" : "hours.seats.open"))
                .setHeader(getTranslation("hours.seats.state"));
        seats.addSelectionListener(e -> e.getFirstSelectedItem().filter(s -> !s.closed()).ifPresent(seat::setValue));
        noSeats.setText(getTranslation("hours.seats.none"));
        noSeats.setId("hours-no-seats");

        // No required marker on a Select: Vaadin puts aria-required on its button, which axe rates serious.
        seat.setLabel(getTranslation("hours.log.seat"));
        seat.setId("hours-seat");
        seat.setItemLabelGenerator(s -> s.projectTitle() + " · " + s.seatTitle()
                + (s.obligationSource() == null ? "" : " (" + s.obligationSource() + ")"));
        seat.setEmptySelectionAllowed(false);
        day.setLabel(getTranslation("hours.log.day"));
        day.setId("hours-day");
        day.setLocale(getLocale());
        day.setHelperText(getTranslation("hours.log.day.help"));
        day.setRequiredIndicatorVisible(true);
        hours.setLabel(getTranslation("hours.log.hours"));
        hours.setId("hours-hours");
        hours.setMin(1);
        hours.setMax(10_000);
        hours.setStepButtonsVisible(true);
        hours.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("hours.log.description"));
        description.setId("hours-description");
        description.setMaxLength(HoursLedger.MAX_TEXT);
        log.setText(getTranslation("hours.log.submit"));
        log.setId("hours-log");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.setDisableOnClick(true);
        log.addClickListener(e -> logHours());
        problem.setId("hours-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(seat, day, hours, description)) {
            field.addValueChangeListener(e -> submissionKey = newKey());
        }

        FormLayout form = new FormLayout(seat, day, hours, description);
        form.setId("hours-form");
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(seats, noSeats, new H3(getTranslation("hours.log.title")), problem, form, log);
        refresh();
    }

    /** Reads the seats again, keeping the chosen seat chosen. */
    public void refresh() {
        // Re-reading the seats is not a new submission: the key survives the seat field's refresh.
        String key = submissionKey;
        List<SeatHours> list = source.get();
        SeatHours chosen = seat.getValue();
        seats.setItems(list);
        seats.setVisible(!list.isEmpty());
        noSeats.setVisible(list.isEmpty());
        List<SeatHours> open = list.stream().filter(s -> !s.closed()).toList();
        seat.setItems(open);
        if (chosen != null) {
            open.stream().filter(s -> sameSeat(s, chosen)).findFirst().ifPresent(seat::setValue);
        } else if (open.size() == 1) {
            seat.setValue(open.get(0));
        }
        submissionKey = key;
        log.setEnabled(!open.isEmpty());
    }

    /** Logs the form's hours on the chosen seat. */
    public void logHours() {
        clearErrors();
        try {
            SeatHours target = seat.getValue();
            if (target == null) {
                throw new FirmException("seat", "hours.log.seatRequired");
            }
            ledger.log(target.provider(), target.projectId(), target.seatId(), day.getValue(),
                    hours.getValue() == null ? 0 : hours.getValue(), description.getValue(), submissionKey);
        } catch (FirmException e) {
            showProblems(e);
            return;
        } finally {
            log.setEnabled(true);
        }
        Notification.show(getTranslation("hours.log.done"), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        logged.run();
    }

    /** The idempotency key the next submission will carry. */
    public String submissionKey() {
        return submissionKey;
    }

    private void showProblems(FirmException e) {
        Map<String, String> problems = e.fieldMessageKeys().isEmpty() ? Map.of("", e.messageKey())
                : e.fieldMessageKeys();
        problems.forEach((property, key) -> {
            HasValidation field = switch (key.equals("ledger.hours.range") ? "hours" : property) {
                case "seat" -> seat;
                case "day" -> day;
                case "hours" -> hours;
                case "description" -> description;
                default -> null;
            };
            if (field == null) {
                problem.setText(getTranslation(key));
                problem.setVisible(true);
            } else {
                field.setErrorMessage(getTranslation(key));
                field.setInvalid(true);
            }
        });
    }

    private void clearErrors() {
        problem.setVisible(false);
        for (HasValidation f : List.<HasValidation>of(seat, day, hours, description)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    private static boolean sameSeat(SeatHours a, SeatHours b) {
        return Objects.equals(a.provider(), b.provider()) && Objects.equals(a.projectId(), b.projectId())
                && Objects.equals(a.seatId(), b.seatId());
    }

    private static String newKey() {
        return "log:" + UUID.randomUUID();
    }
}
