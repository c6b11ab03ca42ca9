package org.jumelage.firms;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.FirmMailer;
import org.jumelage.firms.internal.FirmRepository;
import org.jumelage.firms.internal.LedgerStore;
import org.jumelage.firms.internal.Obligation;
import org.jumelage.firms.internal.ObligationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Pro bono obligations: firm members declare them and may edit one while none of its hours is in
 * the ledger; hours are consumed earliest expiry first; members and coordinators are warned by
 * e-mail 60, 30 and 7 days before an obligation expires with hours still unallocated.
 */
@Service
public class ObligationService {

    /** Days before expiry at which a warning goes out, widest first. */
    public static final List<Integer> WARNING_DAYS = List.of(60, 30, 7);

    private static final Logger log = LoggerFactory.getLogger(ObligationService.class);

    private final ObligationRepository obligations;
    private final FirmRepository firms;
    private final LedgerStore ledger;
    private final HoursSummary summary;
    private final FirmMailer mailer;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    public ObligationService(ObligationRepository obligations, FirmRepository firms, LedgerStore ledger,
            HoursSummary summary, FirmMailer mailer, MongoTemplate mongo, CurrentUser currentUser, Validator validator,
            Clock clock) {
        this.obligations = obligations;
        this.firms = firms;
        this.ledger = ledger;
        this.summary = summary;
        this.mailer = mailer;
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    @RolesAllowed(Role.FIRM)
    public ObligationView declare(String firmId, ObligationCommand command) {
        ObligationCommand valid = validated(command);
        asMember(firmId);
        Obligation saved = obligations.save(new Obligation(firmId, valid));
        log.info("Obligation {} of {} h declared for firm {} by {}", saved.getId(), valid.hoursOwed(), firmId,
                currentUser.requireId());
        return view(saved);
    }

    /** Edits an obligation while nothing of it is in the ledger: after that, corrections are ledger lines. */
    @RolesAllowed(Role.FIRM)
    public ObligationView update(String obligationId, ObligationCommand command, long expectedVersion) {
        ObligationCommand valid = validated(command);
        Obligation obligation = load(obligationId);
        asMember(obligation.getFirmId());
        if (obligation.getVersion() == null || obligation.getVersion() != expectedVersion) {
            throw new FirmException("common.concurrentEdit");
        }
        if (obligation.getStatus() != ObligationStatus.ACTIVE || ledger.hasEntries(provider(obligation))) {
            throw new FirmException("obligation.locked");
        }
        obligation.apply(valid);
        try {
            return view(obligations.save(obligation));
        } catch (OptimisticLockingFailureException e) {
            throw new FirmException("common.concurrentEdit");
        }
    }

    /** Withdraws an obligation declared by mistake, while nothing of it is in the ledger. */
    @RolesAllowed(Role.FIRM)
    public ObligationView cancel(String obligationId, long expectedVersion) {
        Obligation obligation = load(obligationId);
        asMember(obligation.getFirmId());
        if (obligation.getVersion() == null || obligation.getVersion() != expectedVersion) {
            throw new FirmException("common.concurrentEdit");
        }
        if (obligation.getStatus() != ObligationStatus.ACTIVE || ledger.hasEntries(provider(obligation))) {
            throw new FirmException("obligation.locked");
        }
        obligation.cancel();
        try {
            return view(obligations.save(obligation));
        } catch (OptimisticLockingFailureException e) {
            throw new FirmException("common.concurrentEdit");
        }
    }

    /**
     * A firm's obligations, earliest expiry first, with balances replayed from their ledger lines
     * (read in one query); for its members and coordinators.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ObligationView> ofFirm(String firmId) {
        List<Obligation> list = readableObligations(firmId);
        Map<String, LedgerBook> books = ledger.obligationBooks(owedById(list));
        return list.stream().map(o -> o.toView(books.get(o.getId()).balances())).toList();
    }

    /**
     * Like {@link #ofFirm}, with balances taken from the running totals of the hours summary instead
     * of a replay of the lines: the same figures (a line counts in both in the request that appends
     * it; the summary's periodic check repairs a count that was lost) at a cost that does not grow
     * with the ledger. For dashboards; the ledger's rules and the firm's own pages replay the lines.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ObligationView> ofFirmFromSummary(String firmId) {
        List<Obligation> list = readableObligations(firmId);
        Map<String, Map<EntryType, Long>> totals = summary.obligationTotals(owedById(list).keySet());
        return list.stream().map(o -> o.toView(LedgerBalances.fromTotals(o.getHoursOwed(),
                totals.getOrDefault(o.getId(), Map.of())))).toList();
    }

    private List<Obligation> readableObligations(String firmId) {
        Firm firm = loadFirm(firmId);
        if (!firm.isMember(currentUser.requireId()) && !currentUser.hasRole(Role.COORDINATOR)) {
            throw new FirmException("firm.notFound");
        }
        return obligations.findByFirmIdOrderByExpiryDateAscStartDateAscIdAsc(firmId);
    }

    private static Map<String, Integer> owedById(List<Obligation> list) {
        Map<String, Integer> owed = new LinkedHashMap<>();
        list.forEach(o -> owed.put(o.getId(), o.getHoursOwed()));
        return owed;
    }

    /**
     * The firm's obligations that can still give hours on {@code day}, in the order they are to be
     * consumed: earliest expiry first. For the matching feature; no contact details, so no check.
     */
    public List<ObligationView> forAllocation(String firmId, LocalDate day) {
        return obligations.findByFirmIdOrderByExpiryDateAscStartDateAscIdAsc(firmId).stream()
                .filter(o -> o.getStatus() == ObligationStatus.ACTIVE)
                .filter(o -> !day.isBefore(o.getStartDate()) && !day.isAfter(o.getExpiryDate()))
                .map(this::view).filter(v -> v.balances().remaining() > 0)
                .sorted(Comparator.comparing(ObligationView::expiryDate).thenComparing(ObligationView::startDate))
                .toList();
    }

    /**
     * Mails the expiry warnings that are due. An obligation within 60, 30 or 7 days of its expiry
     * with unallocated hours gets the tightest threshold it reached, once: the threshold (and any
     * wider one missed meanwhile) is added to the obligation with a conditional update, so two
     * nodes or two runs never mail it twice. Returns how many warnings went out.
     */
    public int sendExpiryWarnings() {
        LocalDate today = LocalDate.now(clock);
        Query due = Query.query(Criteria.where("status").is(ObligationStatus.ACTIVE).and("expiryDate")
                .gte(today).lte(today.plusDays(WARNING_DAYS.get(0))));
        List<FirmMailer.ExpiryWarning> warned = new ArrayList<>();
        for (Obligation obligation : mongo.find(due, Obligation.class)) {
            long daysLeft = ChronoUnit.DAYS.between(today, obligation.getExpiryDate());
            List<Integer> reached = WARNING_DAYS.stream().filter(t -> daysLeft <= t).toList();
            int tightest = reached.get(reached.size() - 1);
            if (obligation.getWarningsSent().contains(tightest)) {
                continue;
            }
            int unallocated = ledger.book(provider(obligation), obligation.getHoursOwed()).balances().remaining();
            if (unallocated <= 0) {
                continue;
            }
            Query claim = Query.query(Criteria.where("_id").is(obligation.getId()).and("warningsSent").ne(tightest));
            Update update = new Update().addToSet("warningsSent").each(reached.toArray());
            if (mongo.updateFirst(claim, update, Obligation.class).getModifiedCount() == 1) {
                Firm firm = firms.findById(obligation.getFirmId()).orElse(null);
                mailer.sendExpiryWarning(obligation, firm, daysLeft, unallocated);
                warned.add(new FirmMailer.ExpiryWarning(obligation, firm, daysLeft, unallocated));
            }
        }
        mailer.sendExpiryDigest(warned);
        return warned.size();
    }

    private ObligationView view(Obligation o) {
        return o.toView(ledger.book(provider(o), o.getHoursOwed()).balances());
    }

    private static ProviderRef provider(Obligation o) {
        return ProviderRef.obligation(o.getId());
    }

    private ObligationCommand validated(ObligationCommand command) {
        if (command == null) {
            throw new FirmException("hoursOwed", "obligation.hours.range");
        }
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw FirmException.of(violations);
        }
        return command;
    }

    private Obligation load(String obligationId) {
        return obligations.findById(obligationId == null ? "" : obligationId)
                .orElseThrow(() -> new FirmException("obligation.notFound"));
    }

    private Firm loadFirm(String firmId) {
        return firms.findById(firmId == null ? "" : firmId).orElseThrow(() -> new FirmException("firm.notFound"));
    }

    private Firm asMember(String firmId) {
        Firm firm = loadFirm(firmId);
        if (!firm.isMember(currentUser.requireId())) {
            throw new FirmException("firm.notFound");
        }
        return firm;
    }
}
