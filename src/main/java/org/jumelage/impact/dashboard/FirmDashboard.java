package org.jumelage.impact.dashboard;

import java.util.List;

/** One firm's dashboard: its obligations' progress, hours expiring soon, and hours by month. */
public record FirmDashboard(String firmId, String firmName, Period period, List<ObligationProgress> obligations,
        List<ExpiryWindow> expiring, List<MonthFigures> months) {
}
