package org.jumelage.firms;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.FirmMailer;
import org.jumelage.firms.internal.FirmRepository;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.text.SearchText;
import org.jumelage.shared.validation.RequiredText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * What coordinators do with firms: list them by status, oldest first, and verify or reject them.
 * Every member of the firm is told of the decision by e-mail, in their own language.
 */
@Service
@RolesAllowed(Role.COORDINATOR_ROLE)
public class FirmReview {

    public static final int MAX_REASON_LENGTH = 1000;

    private static final Logger log = LoggerFactory.getLogger(FirmReview.class);

    private final FirmRepository firms;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FirmMailer mailer;
    private final AccountService accounts;
    private final AuditTrail audit;

    public FirmReview(FirmRepository firms, MongoTemplate mongo, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, FirmMailer mailer, AccountService accounts,
            AuditTrail audit) {
        this.audit = audit;
        this.mailer = mailer;
        this.accounts = accounts;
        this.firms = firms;
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** One page of firms with the status (all when null), pending first, oldest first. */
    public List<FirmDetails> search(FirmStatus status, int offset, int limit) {
        return search(status, null, offset, limit);
    }

    /**
     * One page of firms with the status (all when null) whose name or NEQ contains the text
     * (accents and case ignored; blank: any), pending first, oldest first.
     */
    public List<FirmDetails> search(FirmStatus status, String text, int offset, int limit) {
        Query query = filter(status, text)
                .with(Sort.by(Sort.Order.asc("status"), Sort.Order.asc("createdAt"), Sort.Order.asc("_id")))
                .skip(offset).limit(limit);
        return mongo.find(query, Firm.class).stream().map(Firm::toDetails).toList();
    }

    /** How many firms have the status (all when null). */
    public long count(FirmStatus status) {
        return count(status, null);
    }

    /** How many firms {@link #search(FirmStatus, String, int, int)} finds. */
    public long count(FirmStatus status, String text) {
        return mongo.count(filter(status, text), Firm.class);
    }

    private static Query filter(FirmStatus status, String text) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        String normalised = SearchText.normalise(text);
        if (!normalised.isEmpty()) {
            criteria = criteria.and("searchText").regex(SearchText.containsPattern(normalised));
        }
        return Query.query(criteria);
    }

    /** One firm as it is now. */
    public FirmDetails get(String firmId) {
        return firms.findById(firmId == null ? "" : firmId).map(Firm::toDetails)
                .orElseThrow(() -> new FirmException("firm.notFound"));
    }

    /** The firm's members with names and addresses, its administrator first. */
    public List<FirmMember> members(String firmId) {
        Firm firm = firms.findById(firmId == null ? "" : firmId).orElseThrow(() -> new FirmException("firm.notFound"));
        return firm.memberIds().stream().map(accounts::find).flatMap(Optional::stream)
                .map(u -> new FirmMember(u.id(), u.displayName(), u.email(), firm.isAdministrator(u.id())))
                .toList();
    }

    public FirmDetails verify(String firmId, long expectedVersion) {
        Firm firm = load(firmId, expectedVersion);
        if (firm.getStatus() == FirmStatus.VERIFIED) {
            throw new FirmException("firm.review.alreadyVerified");
        }
        firm.verify(currentUser.requireId(), clock.instant());
        Firm saved = save(firm);
        log.info("Firm {} verified by {}", firmId, currentUser.requireId());
        audit.record(AuditAction.FIRM_VERIFIED, AuditTarget.FIRM, firmId);
        events.publishEvent(new FirmVerified(firmId));
        mailer.sendDecision(saved);
        return saved.toDetails();
    }

    /** Rejects a firm (or withdraws its verification); the reason is required. */
    public FirmDetails reject(String firmId, String reason, long expectedVersion) {
        String text = reason == null ? "" : reason.strip();
        if (RequiredText.isBlank(text)) {
            throw new FirmException("reason", "firm.review.reasonRequired");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw new FirmException("reason", "firm.review.reasonTooLong");
        }
        Firm firm = load(firmId, expectedVersion);
        if (firm.getStatus() == FirmStatus.REJECTED) {
            throw new FirmException("firm.review.alreadyRejected");
        }
        firm.reject(text, currentUser.requireId(), clock.instant());
        Firm saved = save(firm);
        log.info("Firm {} rejected by {}", firmId, currentUser.requireId());
        audit.record(AuditAction.FIRM_REJECTED, AuditTarget.FIRM, firmId);
        events.publishEvent(new FirmRejected(firmId));
        mailer.sendDecision(saved);
        return saved.toDetails();
    }

    private Firm load(String firmId, long expectedVersion) {
        Firm firm = firmId == null ? null : firms.findById(firmId).orElse(null);
        if (firm == null) {
            throw new FirmException("firm.notFound");
        }
        if (firm.getVersion() == null || firm.getVersion() != expectedVersion) {
            throw new FirmException("common.concurrentEdit");
        }
        return firm;
    }

    private Firm save(Firm firm) {
        try {
            return firms.save(firm);
        } catch (OptimisticLockingFailureException e) {
            throw new FirmException("common.concurrentEdit");
        }
    }
}
