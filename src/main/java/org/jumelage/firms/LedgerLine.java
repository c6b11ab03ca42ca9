package org.jumelage.firms;

import java.time.Instant;
import java.time.LocalDate;

/** A ledger line as shown to the people concerned. */
public record LedgerLine(String id, ProviderRef provider, String projectId, String seatId, EntryType type, int hours,
        LocalDate workDate, String comment, String answers, String recordedBy, Instant recordedAt,
        String idempotencyKey) {
}
