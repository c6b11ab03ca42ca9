package org.jumelage.impact.dashboard.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import org.jumelage.impact.dashboard.DashboardException;
import org.jumelage.impact.dashboard.GroupFigures;
import org.jumelage.impact.dashboard.MonthFigures;
import org.jumelage.impact.dashboard.Period;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the three dashboards share: a heading, the period filter, a place for problems, Chart.js
 * loaded when the page is shown, and the wording of months, regions and sectors.
 */
abstract class DashboardPage extends Main implements HasDynamicTitle {

    final PeriodFilter filter;
    final Div problem = new Div();
    private final String titleKey;

    DashboardPage(String id, String titleKey, String introKey, Clock clock) {
        this.titleKey = titleKey;
        setId(id);
        addClassName("page");
        addClassName("dashboard");
        filter = new PeriodFilter(clock, p -> refresh());
        problem.setId(id + "-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)), filter, problem);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        Charts.load(event.getUI());
        refresh();
    }

    /** Reads the figures of the period and shows them; a refusal shows its message instead. */
    final void refresh() {
        problem.setVisible(false);
        try {
            show(filter.period());
        } catch (DashboardException e) {
            problem.setText(getTranslation(e.messageKey()));
            problem.setVisible(true);
        }
    }

    abstract void show(Period period);

    Locale locale() {
        return getLocale();
    }

    List<String> monthLabels(List<MonthFigures> months) {
        return months.stream().map(m -> Cells.month(m.month(), locale())).toList();
    }

    static List<Long> values(List<MonthFigures> months, ToLongFunction<MonthFigures> value) {
        return months.stream().map(m -> value.applyAsLong(m)).toList();
    }

    static List<Long> groupValues(List<GroupFigures> rows, ToLongFunction<GroupFigures> value) {
        return rows.stream().map(r -> value.applyAsLong(r)).toList();
    }

    String month(YearMonth month) {
        return Cells.month(month, locale());
    }

    String regionLabel(String key) {
        return special(key) ? getTranslation("dashboard.group." + key) : getTranslation(Region.valueOf(key).translationKey());
    }

    String sectorLabel(String key) {
        return special(key) ? getTranslation("dashboard.group." + key) : getTranslation(Sector.valueOf(key).translationKey());
    }

    /** A firm's row is keyed by its id and shows its name. */
    String firmLabel(GroupFigures firm) {
        if (GroupFigures.VOLUNTEERS.equals(firm.key())) {
            return getTranslation("dashboard.group.VOLUNTEERS");
        }
        return firm.name() == null ? firm.key() : firm.name();
    }

    static boolean special(String key) {
        return GroupFigures.UNKNOWN.equals(key) || GroupFigures.VOLUNTEERS.equals(key);
    }

    /** Rows of a month table: the month then the given figures. */
    List<List<Object>> monthRows(List<MonthFigures> months, List<ToLongFunction<MonthFigures>> columns) {
        List<List<Object>> rows = new ArrayList<>();
        for (MonthFigures m : months) {
            List<Object> row = new ArrayList<>();
            row.add(month(m.month()));
            columns.forEach(c -> row.add(c.applyAsLong(m)));
            rows.add(row);
        }
        return rows;
    }

    List<String> headers(String... keys) {
        return java.util.Arrays.stream(keys).map(this::getTranslation).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
