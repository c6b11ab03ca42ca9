package org.jumelage.firms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.FirmRepository;
import org.jumelage.firms.internal.LedgerEntry;
import org.jumelage.firms.internal.LedgerStore;
import org.jumelage.firms.internal.Obligation;
import org.jumelage.firms.internal.ObligationRepository;
import org.jumelage.shared.domain.ConflictOfInterest;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.WorkingLanguage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * What the matching feature needs to know of the supply side: verified firms with their team,
 * availability and obligations that still have unallocated hours, and a few ledger sums. No contact
 * details, so no caller check (a matching run assembles its problem for a coordinator).
 */
@Service
public class MatchingSupply {

    /**
     * A verified firm and its obligations still able to give hours on or after the day asked, with the
     * organisations it declared a conflict of interest with.
     */
    public record SupplyFirm(String firmId, String name, SizeBand size, Set<Region> regions,
            Set<WorkingLanguage> languages, List<TeamSkill> teamSkills, List<AvailabilityPeriod> availability,
            List<BlackoutPeriod> blackouts, List<ObligationView> obligations, Set<String> conflictOrganisationIds) {
    }

    private final FirmRepository firms;
    private final ObligationRepository obligations;
    private final LedgerStore ledger;
    private final MongoTemplate mongo;

    public MatchingSupply(FirmRepository firms, ObligationRepository obligations, LedgerStore ledger,
            MongoTemplate mongo) {
        this.firms = firms;
        this.obligations = obligations;
        this.ledger = ledger;
        this.mongo = mongo;
    }

    /**
     * Verified firms with their active obligations that have unallocated hours and do not expire
     * before {@code day}, earliest expiry first. Firms without such an obligation are left out.
     */
    public List<SupplyFirm> verifiedFirms(LocalDate day) {
        List<SupplyFirm> supply = new ArrayList<>();
        for (Firm firm : firms.findAll()) {
            if (firm.getStatus() != FirmStatus.VERIFIED) {
                continue;
            }
            List<ObligationView> usable = new ArrayList<>();
            for (Obligation o : obligations.findByFirmIdOrderByExpiryDateAscStartDateAscIdAsc(firm.getId())) {
                if (o.getStatus() != ObligationStatus.ACTIVE || o.getExpiryDate().isBefore(day)) {
                    continue;
                }
                ObligationView view = o.toView(ledger.book(ProviderRef.obligation(o.getId()), o.getHoursOwed())
                        .balances());
                if (view.balances().remaining() > 0) {
                    usable.add(view);
                }
            }
            if (usable.isEmpty()) {
                continue;
            }
            usable.sort(Comparator.comparing(ObligationView::expiryDate).thenComparing(ObligationView::startDate));
            FirmProfile profile = firm.toProfile();
            supply.add(new SupplyFirm(firm.getId(), profile.name(), profile.size(), profile.regions(),
                    profile.languages(), profile.teamSkills(), profile.availability(), profile.blackouts(),
                    List.copyOf(usable), profile.conflicts().stream().map(ConflictOfInterest::organisationId)
                            .collect(Collectors.toUnmodifiableSet())));
        }
        supply.sort(Comparator.comparing(SupplyFirm::name).thenComparing(SupplyFirm::firmId));
        return supply;
    }

    /** Hours allocated to each project (allocations minus releases plus adjustments) recorded since then. */
    public Map<String, Integer> hoursAllocatedByProjectSince(Instant since) {
        Query query = Query.query(Criteria.where("recordedAt").gte(since).and("type")
                .in(EntryType.ALLOCATED, EntryType.RELEASED, EntryType.ADJUSTED));
        Map<String, Integer> hours = new LinkedHashMap<>();
        for (LedgerEntry entry : mongo.find(query, LedgerEntry.class)) {
            if (entry.getProjectId() == null) {
                continue;
            }
            int signed = entry.getType() == EntryType.RELEASED ? -entry.getHours() : entry.getHours();
            hours.merge(entry.getProjectId(), signed, Integer::sum);
        }
        return hours;
    }

    /**
     * How many seats each volunteer (by user id) holds now: seats with a net allocation that were not
     * released.
     */
    public Map<String, Integer> seatsHeldByVolunteers() {
        Query query = Query.query(Criteria.where("providerKind").is(ProviderRef.Kind.VOLUNTEER).and("type")
                .in(EntryType.ALLOCATED, EntryType.RELEASED, EntryType.ADJUSTED));
        Map<String, Map<String, Integer>> bySeat = new HashMap<>();
        Map<String, Set<String>> released = new HashMap<>();
        for (LedgerEntry entry : mongo.find(query, LedgerEntry.class)) {
            String seat = entry.getProjectId() + "/" + entry.getSeatId();
            String volunteer = entry.provider().id();
            if (entry.getType() == EntryType.RELEASED) {
                released.computeIfAbsent(volunteer, v -> new java.util.HashSet<>()).add(seat);
            } else {
                bySeat.computeIfAbsent(volunteer, v -> new HashMap<>()).merge(seat, entry.getHours(), Integer::sum);
            }
        }
        Map<String, Integer> held = new HashMap<>();
        bySeat.forEach((volunteer, seats) -> {
            long count = seats.entrySet().stream().filter(e -> e.getValue() > 0)
                    .filter(e -> !released.getOrDefault(volunteer, Set.of()).contains(e.getKey())).count();
            if (count > 0) {
                held.put(volunteer, (int) count);
            }
        });
        return held;
    }
}
