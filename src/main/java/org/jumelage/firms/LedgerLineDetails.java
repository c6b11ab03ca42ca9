package org.jumelage.firms;

/** A ledger line with the names a person reads instead of ids. */
public record LedgerLineDetails(LedgerLine line, String projectTitle, String seatTitle, String recordedByName) {
}
