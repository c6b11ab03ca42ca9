package org.jumelage.firms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.FirmRepository;
import org.jumelage.firms.internal.LedgerEntry;
import org.jumelage.firms.internal.LedgerStore;
import org.jumelage.firms.internal.Obligation;
import org.jumelage.firms.internal.ObligationRepository;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.projects.ProjectEvents;
import org.jumelage.projects.ProjectService;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.validation.SaneDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The append-only hours ledger: who gave how many hours to which project seat, and who confirmed
 * them. Balances are replayed from the lines ({@link LedgerBalances}), never stored.
 * <p>
 * Every changing method takes an idempotency key: a request retried with the same key returns the
 * line the first try wrote and never counts twice (a unique index on the key decides races).
 * The rules a line must pass are in {@link LedgerBook}; this service adds who may ask.
 */
@Service
public class HoursLedger {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_KEY = 100;
    private static final int MAX_ATTEMPTS = 8;

    private static final Logger log = LoggerFactory.getLogger(HoursLedger.class);

    private final LedgerStore store;
    private final ObligationRepository obligations;
    private final FirmRepository firms;
    private final ProjectService projects;
    private final OrganisationDirectory organisations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final double logTolerance;
    private final AuditTrail audit;

    public HoursLedger(LedgerStore store, ObligationRepository obligations, FirmRepository firms,
            ProjectService projects, OrganisationDirectory organisations, CurrentUser currentUser, Clock clock,
            @Value("${jumelage.ledger.log-tolerance:0.10}") double logTolerance, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.obligations = obligations;
        this.firms = firms;
        this.projects = projects;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
        this.logTolerance = logTolerance;
    }

    /** Sets hours aside for a seat, on an accepted match; never more than the obligation has left. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public LedgerLine allocate(ProviderRef provider, String projectId, String seatId, int hours, String idempotencyKey) {
        String key = key(idempotencyKey);
        Optional<LedgerLine> retried = retried(key);
        if (retried.isPresent()) {
            return retried.get();
        }
        String firmId = activeProvider(provider);
        requireSeat(projectId, seatId);
        requireWithinRestrictions(provider, projectId);
        return retrying(key, () -> {
            LedgerBook book = store.book(provider);
            refuseIf(book.checkAllocate(projectId, seatId, hours));
            return append(book, provider, firmId, projectId, seatId, EntryType.ALLOCATED, hours, null, null, null, key);
        });
    }

    /** Hours worked on an allocated seat, declared by the provider (a member of the firm, or the volunteer). */
    @PreAuthorize("isAuthenticated()")
    public LedgerLine log(ProviderRef provider, String projectId, String seatId, LocalDate day, int hours,
            String description, String idempotencyKey) {
        String key = key(idempotencyKey);
        Optional<LedgerLine> retried = retried(key);
        if (retried.isPresent()) {
            return retried.get();
        }
        String firmId = asProvider(provider);
        if (day == null) {
            throw new FirmException("day", "ledger.log.dayRequired");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new FirmException("day", "ledger.log.future");
        }
        if (!SaneDates.isSane(day)) {
            throw new FirmException("day", SaneDates.MESSAGE_KEY);
        }
        String text = optionalText(description, "description");
        return retrying(key, () -> {
            LedgerBook book = store.book(provider);
            refuseIf(book.checkLog(projectId, seatId, hours, logTolerance));
            return append(book, provider, firmId, projectId, seatId, EntryType.LOGGED, hours, day, text, null, key);
        });
    }

    /** The owning OSBL confirms a logged line. */
    @RolesAllowed(Role.OSBL)
    public LedgerLine confirm(String loggedEntryId, String comment, String idempotencyKey) {
        LedgerLine confirmed = answer(loggedEntryId, EntryType.CONFIRMED, optionalText(comment, "comment"),
                idempotencyKey);
        audit.record(AuditAction.HOURS_CONFIRMED, AuditTarget.LEDGER_ENTRY, confirmed.id(), "of " + loggedEntryId);
        return confirmed;
    }

    /** The owning OSBL disputes a logged line, saying why: its hours stop counting as delivered. */
    @RolesAllowed(Role.OSBL)
    public LedgerLine dispute(String loggedEntryId, String comment, String idempotencyKey) {
        String text = optionalText(comment, "comment");
        if (text == null) {
            throw new FirmException("comment", "ledger.dispute.commentRequired");
        }
        return answer(loggedEntryId, EntryType.DISPUTED, text, idempotencyKey);
    }

    /** Gives back what a seat holds beyond the hours delivered, and closes the seat to logging. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public LedgerLine release(ProviderRef provider, String projectId, String seatId, String idempotencyKey) {
        String key = key(idempotencyKey);
        Optional<LedgerLine> retried = retried(key);
        if (retried.isPresent()) {
            return retried.get();
        }
        return retrying(key, () -> releaseSeat(provider, projectId, seatId, key));
    }

    /** Writes off an obligation's unallocated remainder (the scheduled job does it at expiry). */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public Optional<LedgerLine> expire(String obligationId) {
        return retrying("expire:" + obligationId, () -> expireObligation(obligationId));
    }

    /** A coordinator's correction of a seat's allocation, with a reason. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public LedgerLine adjust(ProviderRef provider, String projectId, String seatId, int hours, String reason,
            String idempotencyKey) {
        String key = key(idempotencyKey);
        Optional<LedgerLine> retried = retried(key);
        if (retried.isPresent()) {
            return retried.get();
        }
        String text = optionalText(reason, "reason");
        if (text == null) {
            throw new FirmException("reason", "ledger.adjust.reasonRequired");
        }
        String firmId = firmOf(provider);
        LedgerLine adjusted = retrying(key, () -> {
            LedgerBook book = store.book(provider);
            refuseIf(book.checkAdjust(projectId, seatId, hours));
            return append(book, provider, firmId, projectId, seatId, EntryType.ADJUSTED, hours, null, text, null, key);
        });
        audit.record(AuditAction.LEDGER_ADJUSTED, AuditTarget.LEDGER_ENTRY, adjusted.id(),
                (hours > 0 ? "+" : "") + hours + " h, project " + projectId);
        return adjusted;
    }

    /** A provider's balances: for the provider, their firm's members and coordinators. */
    @PreAuthorize("isAuthenticated()")
    public Balances balances(ProviderRef provider) {
        readable(provider);
        return store.book(provider).balances();
    }

    /** A provider's lines, oldest first; for the same people as {@link #balances}. */
    @PreAuthorize("isAuthenticated()")
    public List<LedgerLine> lines(ProviderRef provider) {
        readable(provider);
        return store.entries(provider).stream().map(LedgerStore::toLine).toList();
    }

    /** The sum over a firm's obligations; for its members and coordinators. */
    @PreAuthorize("isAuthenticated()")
    public Balances firmBalances(String firmId) {
        Firm firm = firms.findById(firmId == null ? "" : firmId).orElseThrow(() -> new FirmException("firm.notFound"));
        if (!firm.isMember(currentUser.requireId()) && !currentUser.hasRole(Role.COORDINATOR)) {
            throw new FirmException("firm.notFound");
        }
        Map<String, Integer> owed = new LinkedHashMap<>();
        obligations.findByFirmIdOrderByExpiryDateAscStartDateAscIdAsc(firmId).forEach(o -> owed.put(o.getId(),
                o.getHoursOwed()));
        Balances total = Balances.ZERO;
        for (LedgerBook book : store.obligationBooks(owed).values()) {
            total = total.plus(book.balances());
        }
        return total;
    }

    /** Lines of a project, for the owning OSBL's members and coordinators (to confirm hours). */
    @PreAuthorize("isAuthenticated()")
    public List<LedgerLine> linesOfProject(String projectId) {
        if (!currentUser.hasRole(Role.COORDINATOR)) {
            requireOwningOrganisation(projectId);
        }
        return store.entriesOfProject(projectId).stream().map(LedgerStore::toLine).toList();
    }

    /** A cancelled project gives back every open allocation; the keys make a redelivered event harmless. */
    @EventListener
    public void onProjectCancelled(ProjectEvents.ProjectCancelled event) {
        Set<ProviderRef> providers = new LinkedHashSet<>();
        store.entriesOfProject(event.projectId()).forEach(e -> providers.add(e.provider()));
        for (ProviderRef provider : providers) {
            for (SeatRef seat : store.book(provider).openSeats(event.projectId())) {
                String key = "release:" + provider.kind() + ":" + provider.id() + ":" + seat.projectId() + ":"
                        + seat.seatId();
                if (store.byKey(key).isEmpty()) {
                    retrying(key, () -> releaseSeat(provider, seat.projectId(), seat.seatId(), key));
                }
            }
        }
    }

    /** Expires every active obligation whose expiry date has passed; the scheduled job calls it. */
    public int expireDue() {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        int count = 0;
        for (Obligation o : obligations.findByStatusAndExpiryDateLessThanEqual(ObligationStatus.ACTIVE, yesterday)) {
            retrying("expire:" + o.getId(), () -> expireObligation(o.getId()));
            count++;
        }
        return count;
    }

    // --- helpers -------------------------------------------------------------------------------

    private LedgerLine releaseSeat(ProviderRef provider, String projectId, String seatId, String key) {
        LedgerBook book = store.book(provider);
        if (book.seat(projectId, seatId).allocated() <= 0 && !book.isReleased(projectId, seatId)) {
            throw new FirmException("ledger.log.notAllocated");
        }
        if (book.isReleased(projectId, seatId)) {
            throw new FirmException("ledger.seat.released");
        }
        return append(book, provider, firmOf(provider), projectId, seatId, EntryType.RELEASED,
                book.releasable(projectId, seatId), null, null, null, key);
    }

    private Optional<LedgerLine> expireObligation(String obligationId) {
        Obligation obligation = obligations.findById(obligationId == null ? "" : obligationId)
                .orElseThrow(() -> new FirmException("obligation.notFound"));
        ProviderRef provider = ProviderRef.obligation(obligation.getId());
        LedgerBook book = store.book(provider, obligation.getHoursOwed());
        int remaining = book.balances().remaining();
        Optional<LedgerLine> line = Optional.empty();
        String key = "expire:" + obligation.getId();
        if (remaining > 0) {
            line = Optional.of(store.byKey(key).map(LedgerStore::toLine).orElseGet(() -> append(book, provider,
                    obligation.getFirmId(), null, null, EntryType.EXPIRED, remaining, null, null, null, key)));
        }
        if (obligation.getStatus() == ObligationStatus.ACTIVE) {
            obligation.markExpired();
            try {
                obligations.save(obligation);
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                // A concurrent edit or expiry; the next run tries again and the key keeps the line single.
                log.info("Obligation {} changed while expiring; will retry", obligation.getId());
            }
        }
        return line;
    }

    private LedgerLine answer(String loggedEntryId, EntryType type, String comment, String idempotencyKey) {
        String key = key(idempotencyKey);
        Optional<LedgerLine> retried = retried(key);
        if (retried.isPresent()) {
            return retried.get();
        }
        LedgerEntry logged = store.byId(loggedEntryId).filter(e -> e.getType() == EntryType.LOGGED)
                .orElseThrow(() -> new FirmException("ledger.answer.notFound"));
        requireOwningOrganisation(logged.getProjectId());
        return retrying(key, () -> {
            LedgerBook book = store.book(logged.provider());
            refuseIf(book.checkAnswer(logged.getId()));
            return append(book, logged.provider(), logged.getFirmId(), logged.getProjectId(), logged.getSeatId(), type,
                logged.getHours(), null, comment, logged.getId(), key);
        });
    }

    private void requireOwningOrganisation(String projectId) {
        String owner = projects.organisationOf(projectId).orElseThrow(() -> new FirmException("ledger.project.notFound"));
        String mine = organisations.ofMember(currentUser.requireId()).map(OrganisationSummary::id).orElse(null);
        if (!owner.equals(mine)) {
            throw new FirmException("ledger.answer.notOwner");
        }
    }

    private void requireSeat(String projectId, String seatId) {
        if (seatId == null || seatId.isBlank() || projects.organisationOf(projectId).isEmpty()) {
            throw new FirmException("ledger.project.notFound");
        }
    }

    private LedgerLine append(LedgerBook book, ProviderRef provider, String firmId, String projectId, String seatId, EntryType type,
            int hours, LocalDate day, String comment, String answers, String key) {
        String who = currentUser.id().orElse("system");
        LedgerEntry saved = store.append(new LedgerEntry(provider, firmId, projectId, seatId, type, hours, day, comment,
                answers, who, clock.instant(), key, book.lines().size()));
        log.info("Ledger {} {} h for {} on {}/{} by {}", type, hours, provider, projectId, seatId, who);
        return LedgerStore.toLine(saved);
    }

    /**
     * Runs a read-check-append step again when another line took the position it read (a
     * concurrent request for the same provider), so the checks always see every earlier line.
     */
    private <T> T retrying(String key, java.util.function.Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (LedgerStore.PositionTaken e) {
                if (attempt == MAX_ATTEMPTS) {
                    log.warn("Ledger write {} lost {} races in a row", key, attempt);
                    throw new FirmException("common.concurrentEdit");
                }
            }
        }
    }

    /** The line a first try wrote, counted in the summary again in case that try stopped in between. */
    private Optional<LedgerLine> retried(String key) {
        return store.byKey(key).map(e -> {
            store.counted(e);
            return LedgerStore.toLine(e);
        });
    }

    private static String key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            throw new FirmException("ledger.key.required");
        }
        return idempotencyKey.strip();
    }

    private static String optionalText(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new FirmException(field, "ledger.text.tooLong");
        }
        return text.strip();
    }

    private static void refuseIf(Optional<String> problem) {
        problem.ifPresent(key -> {
            throw new FirmException(key);
        });
    }

    /** The firm of an obligation (null for a volunteer); unknown obligations are refused. */
    private String firmOf(ProviderRef provider) {
        if (provider == null) {
            throw new FirmException("ledger.provider.notFound");
        }
        if (provider.kind() == ProviderRef.Kind.VOLUNTEER) {
            return null;
        }
        return obligations.findById(provider.id()).map(Obligation::getFirmId)
                .orElseThrow(() -> new FirmException("ledger.provider.notFound"));
    }

    /** An obligation gives hours only while it is active and its firm is verified by the coordinators. */
    private String activeProvider(ProviderRef provider) {
        String firmId = firmOf(provider);
        if (firmId != null) {
            Obligation o = obligations.findById(provider.id()).orElseThrow();
            if (o.getStatus() != ObligationStatus.ACTIVE || LocalDate.now(clock).isAfter(o.getExpiryDate())) {
                throw new FirmException("ledger.obligation.notActive");
            }
            boolean verified = firms.findById(firmId).map(f -> f.getStatus() == FirmStatus.VERIFIED).orElse(false);
            if (!verified) {
                throw new FirmException("ledger.firm.notVerified");
            }
        }
        return firmId;
    }

    /**
     * An obligation restricted to sectors or regions (a programme for health care, a contract for one
     * region) gives hours only to projects whose organisation is in one of them: a project's sector
     * and region are those of the OSBL that owns it.
     */
    private void requireWithinRestrictions(ProviderRef provider, String projectId) {
        if (provider.kind() != ProviderRef.Kind.FIRM_OBLIGATION) {
            return;
        }
        Obligation o = obligations.findById(provider.id()).orElseThrow(() -> new FirmException("ledger.provider.notFound"));
        if (o.getSectors().isEmpty() && o.getRegions().isEmpty()) {
            return;
        }
        OrganisationSummary owner = projects.organisationOf(projectId).flatMap(organisations::find)
                .orElseThrow(() -> new FirmException("ledger.project.notFound"));
        if (!o.getSectors().isEmpty() && !o.getSectors().contains(owner.sector())) {
            throw new FirmException("ledger.allocate.outsideSectors");
        }
        if (!o.getRegions().isEmpty() && !o.getRegions().contains(owner.region())) {
            throw new FirmException("ledger.allocate.outsideRegions");
        }
    }

    /** The signed-in person must be the volunteer, or a member of the firm owning the obligation. */
    private String asProvider(ProviderRef provider) {
        String firmId = firmOf(provider);
        String me = currentUser.requireId();
        boolean mine = firmId == null ? provider.id().equals(me)
                : firms.findById(firmId).map(f -> f.isMember(me)).orElse(false);
        if (!mine) {
            throw new FirmException("ledger.provider.notYours");
        }
        return firmId;
    }

    private void readable(ProviderRef provider) {
        if (currentUser.hasRole(Role.COORDINATOR)) {
            firmOf(provider);
            return;
        }
        asProvider(provider);
    }
}
