package org.jumelage.firms;

import java.time.YearMonth;

/**
 * Hours of one kind of ledger line given to one OSBL's projects in one month (UTC) of recording;
 * {@code organisationId} is null for lines of no known project (expiries).
 */
public record OrganisationHours(String organisationId, YearMonth month, EntryType type, long hours)
        implements HoursFigure {
}
