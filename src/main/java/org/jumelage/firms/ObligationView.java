package org.jumelage.firms;

import java.time.LocalDate;
import java.util.Set;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

/** An obligation with its balances derived from the ledger; {@code version} goes back with an edit. */
public record ObligationView(String id, String firmId, int hoursOwed, String sourceReference, LocalDate startDate,
        LocalDate expiryDate, Set<Sector> sectors, Set<Region> regions, ObligationStatus status, Balances balances,
        long version) {
}
