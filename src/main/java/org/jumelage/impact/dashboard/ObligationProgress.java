package org.jumelage.impact.dashboard;

import java.time.LocalDate;

import org.jumelage.firms.ObligationStatus;

/** One obligation of a firm, with its balances from the ledger now. */
public record ObligationProgress(String obligationId, String sourceReference, LocalDate expiryDate,
        ObligationStatus status, long owed, long allocated, long delivered, long confirmed, long remaining) {
}
