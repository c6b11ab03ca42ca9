package org.jumelage.firms;

import java.time.YearMonth;

/**
 * Hours of one kind of ledger line, summed per firm (null for volunteers), project and month (UTC)
 * of recording, straight from the ledger: the reference the {@link HoursSummary} is checked against.
 */
public record HoursTally(String firmId, ProviderRef.Kind providerKind, String projectId, EntryType type,
        YearMonth month, long hours) implements HoursFigure {
}
