package org.jumelage.organisations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.organisations.internal.Organisation;
import org.jumelage.organisations.internal.OrganisationMailer;
import org.jumelage.organisations.internal.OrganisationRepository;
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
 * What coordinators (and administrators, who are coordinators too) do with organisations: list and
 * search them, oldest pending first, and verify or reject them with a reason. Every member is told
 * the decision by e-mail in their own language.
 */
@Service
@RolesAllowed(Role.COORDINATOR_ROLE)
public class OrganisationReview {

    public static final int MAX_REASON_LENGTH = 1000;

    private static final Logger log = LoggerFactory.getLogger(OrganisationReview.class);

    private final OrganisationRepository organisations;
    private final MongoTemplate mongo;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final OrganisationMailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    public OrganisationReview(OrganisationRepository organisations, MongoTemplate mongo, AccountService accounts,
            CurrentUser currentUser, OrganisationMailer mailer, ApplicationEventPublisher events, Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.organisations = organisations;
        this.mongo = mongo;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One page of organisations matching the filter. Pending ones come first, oldest first: the
     * status names sort PENDING, REJECTED, VERIFIED, which is the order of urgency.
     */
    public List<OrganisationDetails> search(OrganisationFilter filter, int offset, int limit) {
        Query query = query(filter)
                .with(Sort.by(Sort.Order.asc("status"), Sort.Order.asc("createdAt"), Sort.Order.asc("_id")))
                .skip(offset).limit(limit);
        return mongo.find(query, Organisation.class).stream().map(Organisation::toDetails).toList();
    }

    public long count(OrganisationFilter filter) {
        return mongo.count(query(filter), Organisation.class);
    }

    public OrganisationDetails get(String organisationId) {
        return load(organisationId).toDetails();
    }

    public List<OrganisationMember> members(String organisationId) {
        Organisation organisation = load(organisationId);
        return organisation.memberIds().stream().map(accounts::find).flatMap(Optional::stream)
                .map(u -> new OrganisationMember(u.id(), u.displayName(), u.email(),
                        organisation.isAdministrator(u.id())))
                .toList();
    }

    /** Verifies an organisation: from then on it may submit projects. */
    public OrganisationDetails verify(String organisationId, long expectedVersion) {
        Organisation organisation = load(organisationId, expectedVersion);
        if (organisation.getStatus() == VerificationStatus.VERIFIED) {
            throw new OrganisationException("organisation.review.alreadyVerified");
        }
        organisation.verify(currentUser.requireId(), clock.instant());
        Organisation saved = save(organisation);
        log.info("Organisation {} verified by {}", organisationId, currentUser.requireId());
        audit.record(AuditAction.ORGANISATION_VERIFIED, AuditTarget.ORGANISATION, organisationId);
        mailer.sendDecision(saved);
        events.publishEvent(new OrganisationVerified(organisationId));
        return saved.toDetails();
    }

    /** Rejects an organisation (or withdraws its verification); the reason is required and mailed. */
    public OrganisationDetails reject(String organisationId, String reason, long expectedVersion) {
        String text = reason == null ? "" : reason.strip();
        if (RequiredText.isBlank(text)) {
            throw new OrganisationException("reason", "organisation.review.reasonRequired");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw new OrganisationException("reason", "organisation.review.reasonTooLong");
        }
        Organisation organisation = load(organisationId, expectedVersion);
        if (organisation.getStatus() == VerificationStatus.REJECTED) {
            throw new OrganisationException("organisation.review.alreadyRejected");
        }
        organisation.reject(text, currentUser.requireId(), clock.instant());
        Organisation saved = save(organisation);
        log.info("Organisation {} rejected by {}", organisationId, currentUser.requireId());
        audit.record(AuditAction.ORGANISATION_REJECTED, AuditTarget.ORGANISATION, organisationId);
        mailer.sendDecision(saved);
        events.publishEvent(new OrganisationRejected(organisationId));
        return saved.toDetails();
    }

    private static Query query(OrganisationFilter filter) {
        OrganisationFilter f = filter == null ? OrganisationFilter.all() : filter;
        List<Criteria> criteria = new ArrayList<>();
        if (f.status() != null) {
            criteria.add(Criteria.where("status").is(f.status()));
        }
        if (f.region() != null) {
            criteria.add(Criteria.where("region").is(f.region()));
        }
        if (f.sector() != null) {
            criteria.add(Criteria.where("sector").is(f.sector()));
        }
        String text = SearchText.normalise(f.text());
        if (!text.isEmpty()) {
            criteria.add(Criteria.where("searchText").regex(SearchText.containsPattern(text)));
        }
        return criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
    }

    private Organisation load(String organisationId) {
        if (organisationId == null) {
            throw new OrganisationException("organisation.notFound");
        }
        return organisations.findById(organisationId)
                .orElseThrow(() -> new OrganisationException("organisation.notFound"));
    }

    private Organisation load(String organisationId, long expectedVersion) {
        Organisation organisation = load(organisationId);
        if (organisation.getVersion() == null || organisation.getVersion() != expectedVersion) {
            throw new OrganisationException("common.concurrentEdit");
        }
        return organisation;
    }

    private Organisation save(Organisation organisation) {
        try {
            return organisations.save(organisation);
        } catch (OptimisticLockingFailureException e) {
            throw new OrganisationException("common.concurrentEdit");
        }
    }
}
