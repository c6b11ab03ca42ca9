package org.jumelage.firms;

import java.time.LocalDate;

/**
 * An active obligation close to its expiry, for coordinators: {@code unallocated} is what the
 * ledger says is still to be allocated (owed minus allocated minus expired).
 */
public record ExpiringObligation(String obligationId, String firmId, String firmName, String sourceReference,
        LocalDate expiryDate, long daysLeft, int hoursOwed, int unallocated) {
}
