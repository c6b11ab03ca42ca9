package org.jumelage.firms;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.FirmRepository;
import org.jumelage.firms.internal.LedgerStore;
import org.jumelage.firms.internal.Obligation;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** What coordinators watch across all firms: active obligations about to expire, soonest first. */
@Service
@RolesAllowed(Role.COORDINATOR_ROLE)
public class ExpiringObligations {

    public static final int MAX_DAYS = 366;

    private final MongoTemplate mongo;
    private final FirmRepository firms;
    private final LedgerStore ledger;
    private final Clock clock;

    public ExpiringObligations(MongoTemplate mongo, FirmRepository firms, LedgerStore ledger, Clock clock) {
        this.mongo = mongo;
        this.firms = firms;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Active obligations of every firm whose expiry falls from today to {@code days} days from now,
     * earliest expiry first, each with its unallocated hours replayed from the ledger.
     */
    public List<ExpiringObligation> within(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new FirmException("days", "obligation.expiring.days");
        }
        LocalDate today = LocalDate.now(clock);
        Query query = Query.query(Criteria.where("status").is(ObligationStatus.ACTIVE).and("expiryDate")
                .gte(today).lte(today.plusDays(days)))
                .with(Sort.by(Sort.Order.asc("expiryDate"), Sort.Order.asc("_id")));
        List<Obligation> found = mongo.find(query, Obligation.class);
        Map<String, String> names = firms.findAllById(found.stream().map(Obligation::getFirmId).distinct().toList())
                .stream().collect(Collectors.toMap(Firm::getId, Firm::getName, (a, b) -> a));
        return found.stream().map(o -> new ExpiringObligation(o.getId(), o.getFirmId(),
                        names.getOrDefault(o.getFirmId(), ""), o.getSourceReference(), o.getExpiryDate(),
                        ChronoUnit.DAYS.between(today, o.getExpiryDate()), o.getHoursOwed(),
                        ledger.book(ProviderRef.obligation(o.getId()), o.getHoursOwed()).balances().remaining()))
                .sorted(Comparator.comparing(ExpiringObligation::expiryDate)
                        .thenComparing(ExpiringObligation::firmName).thenComparing(ExpiringObligation::obligationId))
                .toList();
    }
}
