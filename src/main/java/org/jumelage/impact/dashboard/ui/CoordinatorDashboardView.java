package org.jumelage.impact.dashboard.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.impact.dashboard.CoordinatorDashboard;
import org.jumelage.impact.dashboard.Dashboards;
import org.jumelage.impact.dashboard.EvaluationOutcomesSource;
import org.jumelage.impact.dashboard.GroupFigures;
import org.jumelage.impact.dashboard.MonthFigures;
import org.jumelage.impact.dashboard.OpenData;
import org.jumelage.impact.dashboard.Period;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * The coordinators' dashboard: hours owed, allocated, delivered and confirmed by month, by region,
 * sector and firm; projects by state, match rate and time to match; course completions; equity
 * figures; evaluation outcomes; and the open-data export of the period.
 */
@Route("coordination/tableau-de-bord")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.dashboard", order = 29, icon = "vaadin:dashboard")
public class CoordinatorDashboardView extends DashboardPage {

    final TablePanel keyFigures;
    final ChartPanel months;
    final ChartPanel regions;
    final ChartPanel sectors;
    final ChartPanel firms;
    final ChartPanel states;
    final ChartPanel completions;
    final OpenDataLinks openData;
    final EvaluationSection evaluations;

    private final transient Dashboards dashboards;
    private final transient AuditTrail audit;

    public CoordinatorDashboardView(Dashboards dashboards, OpenData data, Clock clock,
            ObjectProvider<EvaluationOutcomesSource> outcomes, AuditTrail audit) {
        super("coordinator-dashboard", "dashboard.coordinator.title", "dashboard.coordinator.intro", clock);
        this.audit = audit;
        this.dashboards = dashboards;
        keyFigures = new TablePanel("coordinator-key", getTranslation("dashboard.key.title"));
        months = new ChartPanel("coordinator-months", getTranslation("dashboard.months.title"));
        regions = new ChartPanel("coordinator-regions", getTranslation("dashboard.regions.title"));
        sectors = new ChartPanel("coordinator-sectors", getTranslation("dashboard.sectors.title"));
        firms = new ChartPanel("coordinator-firms", getTranslation("dashboard.firms.title"));
        states = new ChartPanel("coordinator-states", getTranslation("dashboard.states.title"));
        completions = new ChartPanel("coordinator-completions", getTranslation("dashboard.completions.title"));
        openData = new OpenDataLinks(data, filter::period, format -> audit.record(AuditAction.OPEN_DATA_EXPORTED,
                AuditTarget.EXPORT, "open-data." + format, describe(filter.period())));
        evaluations = new EvaluationSection("coordinator-evaluations", outcomes.getIfAvailable());
        for (TablePanel panel : List.of(keyFigures, months.table, regions.table, sectors.table, firms.table,
                states.table, completions.table, evaluations.table)) {
            panel.onDownload(() -> audit.record(AuditAction.DASHBOARD_EXPORTED, AuditTarget.EXPORT,
                    panel.table.getId().orElse(""), describe(filter.period())));
        }
        add(new H2(getTranslation("dashboard.key.title")), keyFigures, months, regions, sectors, firms, states,
                completions, evaluations, openData);
    }

    private static String describe(Period period) {
        return (period.from() == null ? "…" : period.from().toString()) + " – "
                + (period.to() == null ? "…" : period.to().toString());
    }

    @Override
    void show(Period period) {
        CoordinatorDashboard d = dashboards.coordinator(period);
        showKeyFigures(d);
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
        showGroups(regions, d.byRegion(), "dashboard.region", g -> regionLabel(g.key()), false);
        showGroups(sectors, d.bySector(), "dashboard.sector", g -> sectorLabel(g.key()), false);
        showGroups(firms, d.byFirm(), "dashboard.firm", this::firmLabel, true);
        List<String> stateLabels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<List<Object>> stateRows = new ArrayList<>();
        for (Map.Entry<ProjectStatus, Long> e : d.projectsByState().entrySet()) {
            String label = getTranslation(e.getKey().translationKey());
            stateLabels.add(label);
            counts.add(e.getValue());
            stateRows.add(List.of(label, e.getValue()));
        }
        states.show("bar", stateLabels, List.of(new ChartPanel.Series(getTranslation("dashboard.projects"), counts)),
                headers("dashboard.state", "dashboard.projects"), stateRows, locale());
        completions.show("bar", monthLabels(m),
                List.of(new ChartPanel.Series(getTranslation("dashboard.completions"), values(m, MonthFigures::completions))),
                headers("dashboard.month", "dashboard.completions"), monthRows(m, List.of(MonthFigures::completions)),
                locale());
        evaluations.show(null, period, locale());
    }

    private void showKeyFigures(CoordinatorDashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("dashboard.key.matchRate", d.matchRate() == null ? null : new Share(d.matchRate())));
        rows.add(row("dashboard.key.medianDays", d.medianDaysToMatch()));
        rows.add(row("dashboard.key.completions", d.completions()));
        rows.add(row("dashboard.key.confirmed", d.equity().confirmed()));
        rows.add(row("dashboard.key.smallShare", d.equity().smallShare() == null ? null : new Share(d.equity().smallShare())));
        rows.add(row("dashboard.key.outsideShare",
                d.equity().outsideCentresShare() == null ? null : new Share(d.equity().outsideCentresShare())));
        rows.add(row("dashboard.key.gini", d.equity().gini()));
        keyFigures.show(headers("dashboard.key.figure", "dashboard.key.value"), rows, locale());
    }

    private List<Object> row(String key, Object value) {
        List<Object> row = new ArrayList<>();
        row.add(getTranslation(key));
        row.add(value);
        return row;
    }

    private void showGroups(ChartPanel panel, List<GroupFigures> groups, String firstHeader,
            java.util.function.Function<GroupFigures, String> label, boolean withOwed) {
        List<String> labels = groups.stream().map(label).toList();
        List<ChartPanel.Series> series = new ArrayList<>();
        if (withOwed) {
            series.add(new ChartPanel.Series(getTranslation("dashboard.owed"), groupValues(groups, GroupFigures::owed)));
        }
        series.add(new ChartPanel.Series(getTranslation("dashboard.allocated"), groupValues(groups, GroupFigures::allocated)));
        series.add(new ChartPanel.Series(getTranslation("dashboard.delivered"), groupValues(groups, GroupFigures::delivered)));
        series.add(new ChartPanel.Series(getTranslation("dashboard.confirmed"), groupValues(groups, GroupFigures::confirmed)));
        List<String> headers = new ArrayList<>(List.of(getTranslation(firstHeader)));
        series.forEach(s -> headers.add(s.label()));
        List<List<Object>> rows = new ArrayList<>();
        for (GroupFigures g : groups) {
            List<Object> row = new ArrayList<>(List.of(label.apply(g)));
            if (withOwed) {
                row.add(g.owed());
            }
            row.add(g.allocated());
            row.add(g.delivered());
            row.add(g.confirmed());
            rows.add(row);
        }
        panel.show("bar", labels, series, headers, rows, locale());
    }
}
