package org.jumelage.volunteers.ui;

import java.util.ArrayList;
import java.util.List;

import org.jumelage.volunteers.AvailabilityWindow;
import org.jumelage.volunteers.VolunteerProfileCommand;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The volunteer's availability windows: add and remove rows of label, dates and hours a week. */
class WindowsEditor extends Div {

    static final int MAX_WINDOWS = VolunteerProfileCommand.MAX_WINDOWS;

    final Div rowsHolder = new Div();
    final Span error = new Span();
    final Button add = new Button();

    private final List<WindowRow> rows = new ArrayList<>();

    WindowsEditor() {
        setId("volunteer-windows");
        Span label = new Span(getTranslation("volunteer.field.windows"));
        label.addClassName("field-label");
        Span help = new Span(getTranslation("volunteer.field.windows.help"));
        help.addClassName("field-help");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add.setText(getTranslation("volunteer.windows.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("volunteer-add-window");
        add.addClickListener(e -> addRow(null));
        add(label, help, rowsHolder, error, add);
    }

    void setValue(List<AvailabilityWindow> windows) {
        rows.clear();
        rowsHolder.removeAll();
        windows.forEach(this::addRow);
        add.setEnabled(rows.size() < MAX_WINDOWS);
    }

    /** Every row, as typed; an entirely empty row is ignored. */
    List<AvailabilityWindow> getValue() {
        return rows.stream().filter(r -> !r.isEmpty()).map(WindowRow::value).toList();
    }

    List<WindowRow> rows() {
        return List.copyOf(rows);
    }

    /** The field of a problem such as {@code windows[1].to}, counting only the rows sent. */
    HasValidation field(int index, String property) {
        List<WindowRow> sent = rows.stream().filter(r -> !r.isEmpty()).toList();
        if (index < 0 || index >= sent.size()) {
            return null;
        }
        WindowRow row = sent.get(index);
        return switch (property) {
            case "label" -> row.label;
            case "from" -> row.from;
            case "to" -> row.to;
            case "hoursPerWeek" -> row.hours;
            default -> null;
        };
    }

    void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    void clearErrors() {
        showError(null);
        for (WindowRow row : rows) {
            for (HasValidation f : List.<HasValidation>of(row.label, row.from, row.to, row.hours)) {
                f.setInvalid(false);
                f.setErrorMessage(null);
            }
        }
    }

    WindowRow addRow(AvailabilityWindow value) {
        if (rows.size() >= MAX_WINDOWS) {
            return null;
        }
        WindowRow row = new WindowRow();
        if (value != null) {
            row.label.setValue(value.label() == null ? "" : value.label());
            row.from.setValue(value.from());
            row.to.setValue(value.to());
            row.hours.setValue(value.hoursPerWeek());
        }
        rows.add(row);
        rowsHolder.add(row);
        add.setEnabled(rows.size() < MAX_WINDOWS);
        return row;
    }

    /** One window. */
    final class WindowRow extends HorizontalLayout {
        final TextField label = new TextField();
        final DatePicker from = new DatePicker();
        final DatePicker to = new DatePicker();
        final IntegerField hours = new IntegerField();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        WindowRow() {
            addClassName("window-row");
            label.setLabel(getTranslation("volunteer.window.label"));
            label.setPlaceholder(getTranslation("volunteer.window.label.placeholder"));
            label.setMaxLength(AvailabilityWindow.MAX_LABEL);
            label.addClassName("window-label");
            from.setLabel(getTranslation("volunteer.window.from"));
            from.setLocale(WindowsEditor.this.getLocale());
            from.addClassName("window-from");
            to.setLabel(getTranslation("volunteer.window.to"));
            to.setLocale(WindowsEditor.this.getLocale());
            to.addClassName("window-to");
            hours.setLabel(getTranslation("volunteer.window.hours"));
            hours.setMin(AvailabilityWindow.MIN_HOURS);
            hours.setMax(AvailabilityWindow.MAX_HOURS);
            hours.setStepButtonsVisible(true);
            hours.addClassName("window-hours");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("volunteer.window.remove"));
            remove.addClickListener(e -> {
                rows.remove(this);
                rowsHolder.remove(this);
                add.setEnabled(true);
            });
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
            add(label, from, to, hours, remove);
        }

        boolean isEmpty() {
            return label.getValue().isBlank() && from.getValue() == null && to.getValue() == null
                    && hours.getValue() == null;
        }

        AvailabilityWindow value() {
            return new AvailabilityWindow(label.getValue(), from.getValue(), to.getValue(),
                    hours.getValue() == null ? 0 : hours.getValue());
        }
    }
}
