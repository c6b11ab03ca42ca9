package org.jumelage.impact.dashboard;

import java.util.List;
import java.util.Map;

import org.jumelage.projects.ProjectStatus;

/** One OSBL's dashboard: its projects by state, hours it received by month, and outcomes. */
public record OrganisationDashboard(String organisationId, String organisationName, Period period,
        Map<ProjectStatus, Long> projectsByState, List<MonthFigures> months, long projectsCompleted,
        long hoursConfirmed, long completions) {
}
