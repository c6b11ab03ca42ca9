package org.jumelage.impact.dashboard.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.impact.dashboard.Dashboards;
import org.jumelage.impact.dashboard.EvaluationOutcomesSource;
import org.jumelage.impact.dashboard.MonthFigures;
import org.jumelage.impact.dashboard.OrganisationDashboard;
import org.jumelage.impact.dashboard.Period;
import org.jumelage.projects.ProjectStatus;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** An OSBL's dashboard: its projects by state, the hours it received by month, and its outcomes. */
@Route("organisation/tableau-de-bord")
@RolesAllowed(Role.OSBL)
@Menu(title = "nav.organisation.dashboard", order = 22, icon = "vaadin:dashboard")
public class OrganisationDashboardView extends DashboardPage {

    final ChartPanel states;
    final ChartPanel months;
    final TablePanel outcomes;
    final EvaluationSection evaluations;
    private final transient Dashboards dashboards;
    private String organisationId;

    public OrganisationDashboardView(Dashboards dashboards, Clock clock,
            ObjectProvider<EvaluationOutcomesSource> source) {
        super("organisation-dashboard", "dashboard.organisation.title", "dashboard.organisation.intro", clock);
        this.dashboards = dashboards;
        states = new ChartPanel("organisation-states", getTranslation("dashboard.organisation.states"));
        months = new ChartPanel("organisation-months", getTranslation("dashboard.organisation.months"));
        outcomes = new TablePanel("organisation-outcomes", getTranslation("dashboard.organisation.outcomes"));
        evaluations = new EvaluationSection("organisation-evaluations", source.getIfAvailable());
        add(states, months, new H2(getTranslation("dashboard.organisation.outcomes")), outcomes, evaluations);
    }

    @Override
    void show(Period period) {
        OrganisationDashboard d = dashboards.mineAsOrganisation(period);
        organisationId = d.organisationId();
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<ProjectStatus, Long> e : d.projectsByState().entrySet()) {
            String label = getTranslation(e.getKey().translationKey());
            labels.add(label);
            counts.add(e.getValue());
            rows.add(List.of(label, e.getValue()));
        }
        states.show("bar", labels, List.of(new ChartPanel.Series(getTranslation("dashboard.projects"), counts)),
                headers("dashboard.state", "dashboard.projects"), rows, locale());
        List<MonthFigures> m = d.months();
        months.show("line", monthLabels(m), List.of(
                new ChartPanel.Series(getTranslation("dashboard.allocated"), values(m, MonthFigures::allocated)),
                new ChartPanel.Series(getTranslation("dashboard.delivered"), values(m, MonthFigures::delivered)),
                new ChartPanel.Series(getTranslation("dashboard.confirmed"), values(m, MonthFigures::confirmed))),
                headers("dashboard.month", "dashboard.allocated", "dashboard.delivered", "dashboard.confirmed",
                        "dashboard.completions"),
                monthRows(m, List.of(MonthFigures::allocated, MonthFigures::delivered, MonthFigures::confirmed,
                        MonthFigures::completions)), locale());
        outcomes.show(headers("dashboard.key.figure", "dashboard.key.value"), List.of(
                List.of(getTranslation("dashboard.projectsCompleted"), d.projectsCompleted()),
                List.of(getTranslation("dashboard.key.confirmed"), d.hoursConfirmed()),
                List.of(getTranslation("dashboard.key.completions"), d.completions())), locale());
        evaluations.show(organisationId, period, locale());
    }
}
