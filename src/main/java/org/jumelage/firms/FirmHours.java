package org.jumelage.firms;

import java.time.YearMonth;

/**
 * Hours of one kind of ledger line given by one firm's obligations in one month (UTC) of
 * recording; {@code firmId} is null for the hours of volunteers.
 */
public record FirmHours(String firmId, YearMonth month, EntryType type, long hours) implements HoursFigure {
}
