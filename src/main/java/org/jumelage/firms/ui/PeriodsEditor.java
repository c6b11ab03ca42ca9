package org.jumelage.firms.ui;

import java.time.LocalDate;
import java.util.List;

import org.jumelage.firms.AvailabilityPeriod;
import org.jumelage.firms.BlackoutPeriod;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;

/** Date ranges: availability periods (with hours per month) or blackout periods (dates only). */
abstract class PeriodsEditor<V> extends RowsEditor<V> {

    static final int MAX = 24;

    PeriodsEditor(String id, String labelKey, String helpKey, String addKey) {
        super(id, labelKey, helpKey, addKey, MAX);
    }

    /** Availability: hours per month the firm can give from one date to another. */
    static final class Availability extends PeriodsEditor<AvailabilityPeriod> {
        Availability() {
            super("firm-availability", "firmui.availability.label", "firmui.availability.help",
                    "firmui.availability.add");
        }

        @Override
        PeriodRow<AvailabilityPeriod> newRow() {
            return new PeriodRow<>(this, true) {
                @Override
                AvailabilityPeriod value() {
                    return new AvailabilityPeriod(from.getValue(), to.getValue(),
                            hours.getValue() == null ? 0 : hours.getValue());
                }

                @Override
                void show(AvailabilityPeriod value) {
                    from.setValue(value.from());
                    to.setValue(value.to());
                    hours.setValue(value.hoursPerMonth());
                }
            };
        }
    }

    /** Blackouts: dates when the firm gives no pro bono hours. */
    static final class Blackouts extends PeriodsEditor<BlackoutPeriod> {
        Blackouts() {
            super("firm-blackouts", "firmui.blackouts.label", "firmui.blackouts.help", "firmui.blackouts.add");
        }

        @Override
        PeriodRow<BlackoutPeriod> newRow() {
            return new PeriodRow<>(this, false) {
                @Override
                BlackoutPeriod value() {
                    return new BlackoutPeriod(from.getValue(), to.getValue());
                }

                @Override
                void show(BlackoutPeriod value) {
                    from.setValue(value.from());
                    to.setValue(value.to());
                }
            };
        }
    }

    /** One period: its dates, and its hours per month for availability. */
    abstract static class PeriodRow<V> extends Row<V> {
        final DatePicker from = new DatePicker();
        final DatePicker to = new DatePicker();
        final IntegerField hours = new IntegerField();
        private final boolean withHours;

        PeriodRow(PeriodsEditor<V> editor, boolean withHours) {
            super(editor.getTranslation("firmui.period.remove"));
            this.withHours = withHours;
            addClassName("period-row");
            from.setLabel(editor.getTranslation("firmui.period.from"));
            from.setLocale(editor.getLocale());
            from.addClassName("period-from");
            to.setLabel(editor.getTranslation("firmui.period.to"));
            to.setLocale(editor.getLocale());
            to.addClassName("period-to");
            add(from, to);
            if (withHours) {
                hours.setLabel(editor.getTranslation("firmui.availability.hours"));
                hours.setMin(1);
                hours.setMax(2_000);
                hours.setStepButtonsVisible(true);
                hours.addClassName("period-hours");
                add(hours);
            }
            add(remove);
        }

        @Override
        boolean isEmpty() {
            LocalDate f = from.getValue();
            return f == null && to.getValue() == null && (!withHours || hours.getValue() == null);
        }

        @Override
        HasValidation field(String property) {
            return switch (property) {
                case "from" -> from;
                case "to", "ordered" -> to;
                case "hoursPerMonth" -> withHours ? hours : null;
                default -> null;
            };
        }

        @Override
        List<HasValidation> fields() {
            return withHours ? List.of(from, to, hours) : List.of(from, to);
        }
    }
}
