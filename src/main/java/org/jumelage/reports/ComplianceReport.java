package org.jumelage.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jumelage.firms.ObligationStatus;

/**
 * A firm's pro bono compliance over a period.
 * <p>
 * The obligations listed are those whose validity overlaps the period (cancelled ones aside). Their
 * figures are the ledger as it stood at the end of the period: every line recorded up to that day.
 * {@code allocated} counts allocations and coordinators' corrections; what was given back is in
 * {@code released}, so {@code remaining = owed − allocated + released − expired}. {@code delivered}
 * is the hours logged minus those the organisations disputed. The detail lines are the hours worked
 * within the period and confirmed by the organisation by its end; {@code confirmedInPeriod} sums them.
 */
public record ComplianceReport(String firmId, String firmName, String neq, LocalDate from, LocalDate to,
        Instant generatedAt, List<ObligationFigures> obligations, List<ConfirmedHours> confirmedHours,
        Figures totals) {

    public ComplianceReport {
        obligations = List.copyOf(obligations);
        confirmedHours = List.copyOf(confirmedHours);
    }

    /** The figures of one obligation, or the firm's total. */
    public record Figures(int owed, int allocated, int delivered, int confirmed, int disputed, int released,
            int expired, int remaining, int confirmedInPeriod) {

        public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Figures plus(Figures o) {
            return new Figures(owed + o.owed, allocated + o.allocated, delivered + o.delivered,
                    confirmed + o.confirmed, disputed + o.disputed, released + o.released, expired + o.expired,
                    remaining + o.remaining, confirmedInPeriod + o.confirmedInPeriod);
        }
    }

    public record ObligationFigures(String obligationId, String sourceReference, LocalDate startDate,
            LocalDate expiryDate, ObligationStatus status, Figures figures) {
    }

    /** Hours worked on a project seat within the period and confirmed by the organisation. */
    public record ConfirmedHours(String obligationId, String sourceReference, String projectId, String projectTitle,
            String organisationName, String seatId, String roleTitle, LocalDate workDate, int hours,
            LocalDate confirmedOn) {
    }
}
