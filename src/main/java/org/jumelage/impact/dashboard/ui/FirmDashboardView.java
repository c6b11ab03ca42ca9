package org.jumelage.impact.dashboard.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.impact.dashboard.Dashboards;
import org.jumelage.impact.dashboard.ExpiryWindow;
import org.jumelage.impact.dashboard.FirmDashboard;
import org.jumelage.impact.dashboard.MonthFigures;
import org.jumelage.impact.dashboard.ObligationProgress;
import org.jumelage.impact.dashboard.Period;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * A firm's dashboard: each obligation's progress (owed, allocated, delivered, confirmed), the hours
 * that expire within 30, 60 and 90 days if not allocated, and its hours by month.
 */
@Route("firm/tableau-de-bord")
@RolesAllowed(Role.FIRM)
@Menu(title = "nav.firm.dashboard", order = 16, icon = "vaadin:dashboard")
public class FirmDashboardView extends DashboardPage {

    final ChartPanel progress;
    final ChartPanel expiring;
    final ChartPanel months;
    private final transient Dashboards dashboards;

    public FirmDashboardView(Dashboards dashboards, Clock clock) {
        super("firm-dashboard", "dashboard.firm.title", "dashboard.firm.intro", clock);
        this.dashboards = dashboards;
        progress = new ChartPanel("firm-progress", getTranslation("dashboard.firm.progress"));
        expiring = new ChartPanel("firm-expiring", getTranslation("dashboard.firm.expiring"));
        months = new ChartPanel("firm-months", getTranslation("dashboard.firm.months"));
        add(progress, expiring, months);
    }

    @Override
    void show(Period period) {
        FirmDashboard d = dashboards.mineAsFirm(period);
        List<ObligationProgress> obligations = d.obligations();
        List<String> labels = obligations.stream().map(o -> java.util.Objects.toString(o.sourceReference(), "")).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (ObligationProgress o : obligations) {
            rows.add(List.of(java.util.Objects.toString(o.sourceReference(), ""), o.owed(), o.allocated(), o.delivered(), o.confirmed(), o.remaining()));
        }
        progress.show("bar", labels, List.of(
                new ChartPanel.Series(getTranslation("dashboard.owed"), obligations.stream().map(ObligationProgress::owed).toList()),
                new ChartPanel.Series(getTranslation("dashboard.allocated"),
                        obligations.stream().map(ObligationProgress::allocated).toList()),
                new ChartPanel.Series(getTranslation("dashboard.delivered"),
                        obligations.stream().map(ObligationProgress::delivered).toList()),
                new ChartPanel.Series(getTranslation("dashboard.confirmed"),
                        obligations.stream().map(ObligationProgress::confirmed).toList())),
                headers("dashboard.obligation", "dashboard.owed", "dashboard.allocated", "dashboard.delivered",
                        "dashboard.confirmed", "dashboard.remaining"), rows, locale());
        List<String> windows = d.expiring().stream().map(w -> getTranslation("dashboard.firm.within", w.days())).toList();
        List<List<Object>> windowRows = new ArrayList<>();
        for (ExpiryWindow w : d.expiring()) {
            windowRows.add(List.of(getTranslation("dashboard.firm.within", w.days()), w.obligations(), w.hoursUnallocated()));
        }
        expiring.show("bar", windows, List.of(new ChartPanel.Series(getTranslation("dashboard.firm.unallocated"),
                d.expiring().stream().map(ExpiryWindow::hoursUnallocated).toList())),
                headers("dashboard.firm.window", "dashboard.firm.obligations", "dashboard.firm.unallocated"),
                windowRows, locale());
        List<MonthFigures> m = d.months();
        months.show("line", monthLabels(m), List.of(
                new ChartPanel.Series(getTranslation("dashboard.owed"), values(m, MonthFigures::owed)),
                new ChartPanel.Series(getTranslation("dashboard.allocated"), values(m, MonthFigures::allocated)),
                new ChartPanel.Series(getTranslation("dashboard.delivered"), values(m, MonthFigures::delivered)),
                new ChartPanel.Series(getTranslation("dashboard.confirmed"), values(m, MonthFigures::confirmed))),
                headers("dashboard.month", "dashboard.owed", "dashboard.allocated", "dashboard.delivered",
                        "dashboard.confirmed"),
                monthRows(m, List.of(MonthFigures::owed, MonthFigures::allocated, MonthFigures::delivered,
                        MonthFigures::confirmed)), locale());
    }
}
