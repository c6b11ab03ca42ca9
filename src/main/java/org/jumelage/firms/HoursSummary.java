package org.jumelage.firms;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.firms.internal.HoursSummaryStore;
import org.springframework.stereotype.Service;

/**
 * Monthly totals of the hours ledger, kept up to date as lines are appended: what the dashboards
 * read instead of the ledger itself. Days and months are UTC. Like {@link HoursStatistics}, no caller
 * check on the reads: the figures name no person, and the features that show them decide who may
 * see which organisation's or firm's figures.
 */
@Service
public class HoursSummary {

    private final HoursSummaryStore store;

    public HoursSummary(HoursSummaryStore store) {
        this.store = store;
    }

    /**
     * Hours per OSBL (owner of the line's project), month and kind of line, recorded from {@code from}
     * to {@code to} (both included, null for no limit); of the given organisations only when
     * {@code organisationIds} is not null.
     */
    public List<OrganisationHours> byOrganisation(LocalDate from, LocalDate to, Collection<String> organisationIds) {
        return store.read(HoursSummaryStore.Kind.ORGANISATION, from, to, organisationIds).stream()
                .map(r -> new OrganisationHours(r.key(), r.month(), r.type(), r.hours())).toList();
    }

    /**
     * Hours per firm (null for volunteers), month and kind of line, recorded from {@code from} to
     * {@code to} (both included, null for no limit); of one firm only when {@code firmId} is not null.
     */
    public List<FirmHours> byFirm(LocalDate from, LocalDate to, String firmId) {
        return store.read(HoursSummaryStore.Kind.FIRM, from, to, firmId == null ? null : List.of(firmId)).stream()
                .map(r -> new FirmHours(r.key(), r.month(), r.type(), r.hours())).toList();
    }

    /**
     * Running totals of each obligation's ledger lines, all time: hours by kind of line, by obligation
     * id. An obligation with no line has no entry. {@link LedgerBalances#fromTotals} turns them into
     * the balances a replay of the lines gives.
     */
    public Map<String, Map<EntryType, Long>> obligationTotals(Collection<String> obligationIds) {
        Map<String, Map<EntryType, Long>> totals = new HashMap<>();
        if (obligationIds.isEmpty()) {
            return totals;
        }
        for (HoursSummaryStore.Row r : store.read(HoursSummaryStore.Kind.OBLIGATION, null, null, obligationIds)) {
            totals.computeIfAbsent(r.key(), k -> new EnumMap<>(EntryType.class)).merge(r.type(), r.hours(), Long::sum);
        }
        return totals;
    }

    /** Changes whenever this node counts a line or rebuilds: figures derived from an older revision are stale. */
    public long revision() {
        return store.revision();
    }

    /** Replays the whole ledger into a fresh summary; returns the number of lines counted. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public long rebuild() {
        return store.rebuild();
    }
}
