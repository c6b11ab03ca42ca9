package org.jumelage.firms;

import java.time.LocalDate;

/** An obligation's figures for reports: no source reference, no people. */
public record ObligationFact(String id, String firmId, int hoursOwed, LocalDate startDate, LocalDate expiryDate,
        ObligationStatus status) {
}
