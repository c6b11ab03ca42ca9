package org.jumelage.impact.dashboard.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.jumelage.impact.dashboard.DashboardException;
import org.jumelage.impact.dashboard.Period;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * The period a dashboard counts: a preset (twelve months, this year, all) or dates typed in. A
 * period whose end comes before its start is refused with a message and not applied.
 */
class PeriodFilter extends Div {

    enum Preset {
        LAST_12_MONTHS, THIS_YEAR, ALL, CUSTOM
    }

    final Select<Preset> preset = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    private final Clock clock;
    private final Consumer<Period> onChange;
    private boolean updating;
    private Period period;

    PeriodFilter(Clock clock, Consumer<Period> onChange) {
        this.clock = clock;
        this.onChange = onChange;
        setId("period-filter");
        preset.setLabel(getTranslation("dashboard.period.preset"));
        preset.setId("period-preset");
        preset.setItems(List.of(Preset.values()));
        preset.setItemLabelGenerator(p -> getTranslation("dashboard.period." + p.name()));
        from.setLabel(getTranslation("dashboard.period.from"));
        from.setId("period-from");
        to.setLabel(getTranslation("dashboard.period.to"));
        to.setId("period-to");
        preset.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null && e.getValue() != Preset.CUSTOM) {
                apply(periodOf(e.getValue()));
            }
        });
        from.addValueChangeListener(e -> typed());
        to.addValueChangeListener(e -> typed());
        HorizontalLayout row = new HorizontalLayout(preset, from, to);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
        updating = true;
        preset.setValue(Preset.LAST_12_MONTHS);
        period = periodOf(Preset.LAST_12_MONTHS);
        from.setValue(period.from());
        to.setValue(period.to());
        updating = false;
    }

    Period period() {
        return period;
    }

    Period periodOf(Preset p) {
        return switch (p) {
            case LAST_12_MONTHS -> Period.lastTwelveMonths(clock);
            case THIS_YEAR -> Period.thisYear(clock);
            case ALL, CUSTOM -> Period.ALL;
        };
    }

    private void apply(Period p) {
        updating = true;
        from.setValue(p.from());
        to.setValue(p.to());
        from.setInvalid(false);
        to.setInvalid(false);
        updating = false;
        period = p;
        onChange.accept(p);
    }

    private void typed() {
        if (updating) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        Period typed;
        try {
            typed = new Period(start, end);
        } catch (DashboardException e) {
            to.setErrorMessage(getTranslation(e.messageKey()));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        updating = true;
        preset.setValue(Preset.CUSTOM);
        updating = false;
        period = typed;
        onChange.accept(typed);
    }
}
