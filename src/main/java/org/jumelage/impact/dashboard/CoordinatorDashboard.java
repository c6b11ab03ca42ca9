package org.jumelage.impact.dashboard;

import java.util.List;
import java.util.Map;

import org.jumelage.projects.ProjectStatus;

/**
 * Everything the coordinators' dashboard shows for a period. {@code matchRate} is the share of
 * projects opened for matching (first submitted in the period) that were matched; null when none
 * opened. {@code medianDaysToMatch}: from first submission to match, for projects matched in the
 * period; null when none.
 */
public record CoordinatorDashboard(Period period, List<MonthFigures> months, List<GroupFigures> byRegion,
        List<GroupFigures> bySector, List<GroupFigures> byFirm, Map<ProjectStatus, Long> projectsByState,
        Double matchRate, Double medianDaysToMatch, long completions, Equity equity) {
}
