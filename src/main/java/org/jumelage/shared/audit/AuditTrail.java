package org.jumelage.shared.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.shared.audit.internal.AuditRecord;
import org.jumelage.shared.audit.internal.AuditRecordRepository;
import org.jumelage.shared.text.SearchText;
import org.jumelage.shared.validation.SaneDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log of security- and privacy-relevant actions. Features call {@code record}
 * right after an action succeeded; the actor is whoever is signed in (the platform itself for
 * scheduled jobs and system steps). Nothing here changes an entry; only entries past the retention
 * period ({@code jumelage.audit.retention-days}, two years by default) are ever removed.
 */
@Service
public class AuditTrail {

    /** Who acted, as the entry names them. */
    public record Actor(String id, String name) {

        public static final Actor SYSTEM = new Actor(AuditEntry.SYSTEM, "");
        public static final Actor ANONYMOUS = new Actor(AuditEntry.ANONYMOUS, "");

        public static Actor of(AuditPrincipal principal) {
            return new Actor(principal.auditId(), principal.auditName() == null ? "" : principal.auditName());
        }
    }

    static final int MAX_DETAIL = 200;
    static final int MAX_TARGET = 254;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditRecordRepository records;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration retention;

    AuditTrail(AuditRecordRepository records, MongoTemplate mongo, Clock clock,
            @Value("${jumelage.audit.retention-days:730}") int retentionDays) {
        this.records = records;
        this.mongo = mongo;
        this.clock = clock;
        this.retention = Duration.ofDays(retentionDays);
    }

    /** Records an action of the current actor on a target. */
    public AuditEntry record(AuditAction action, AuditTarget targetKind, String targetId) {
        return record(action, targetKind, targetId, null);
    }

    /** Records an action of the current actor on a target, with a short, non-personal detail. */
    public AuditEntry record(AuditAction action, AuditTarget targetKind, String targetId, String detail) {
        return record(currentActor(), action, targetKind, targetId, detail, null);
    }

    /** Records an action of a given actor, e.g. a sign-in before the security context holds the person. */
    public AuditEntry record(Actor actor, AuditAction action, AuditTarget targetKind, String targetId, String detail,
            String clientAddress) {
        AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), clock.instant(), actor.id(), actor.name(),
                action, targetKind, clip(targetId, MAX_TARGET), clip(detail, MAX_DETAIL), clip(clientAddress, 64));
        records.insert(AuditRecord.of(entry));
        log.debug("Audit: {} {} {} by {}", action, targetKind, targetId, actor.id());
        return entry;
    }

    /** One page of entries matching the filter, newest first. */
    @RolesAllowed("ADMIN")
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        Query query = query(filter).with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"))).skip(offset)
                .limit(limit);
        return mongo.find(query, AuditRecord.class).stream().map(AuditRecord::toEntry).toList();
    }

    @RolesAllowed("ADMIN")
    public long count(AuditFilter filter) {
        return mongo.count(query(filter), AuditRecord.class);
    }

    /** Removes the entries older than the retention period, and only those; returns how many. */
    @RolesAllowed("COORDINATOR")
    public long removeExpired() {
        Instant cutoff = clock.instant().minus(retention);
        long removed = mongo.remove(Query.query(Criteria.where("at").lt(cutoff)), AuditRecord.class).getDeletedCount();
        if (removed > 0) {
            log.info("Audit log: {} entries older than {} removed", removed, cutoff);
        }
        return removed;
    }

    /** Who is acting now: the signed-in person, a visitor, or the platform itself. */
    public static Actor currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Actor.SYSTEM;
        }
        if (auth.getPrincipal() instanceof AuditPrincipal principal) {
            return Actor.of(principal);
        }
        if (auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Actor.ANONYMOUS;
        }
        if (AuditEntry.SYSTEM.equals(auth.getName())) {
            return Actor.SYSTEM;
        }
        return new Actor(auth.getName(), auth.getName());
    }

    private static Query query(AuditFilter filter) {
        AuditFilter f = filter == null ? AuditFilter.ALL : filter;
        SaneDates.check("from", f.from());
        SaneDates.check("until", f.until());
        List<Criteria> criteria = new ArrayList<>();
        if (f.from() != null) {
            criteria.add(Criteria.where("at").gte(f.from()));
        }
        if (f.until() != null) {
            criteria.add(Criteria.where("at").lt(f.until()));
        }
        if (f.action() != null) {
            criteria.add(Criteria.where("action").is(f.action()));
        }
        String actor = SearchText.normalise(f.actor());
        if (!actor.isEmpty()) {
            criteria.add(Criteria.where("actorKey").regex(SearchText.containsPattern(actor)));
        }
        if (f.targetId() != null && !f.targetId().isBlank()) {
            criteria.add(Criteria.where("targetId").is(f.targetId().strip()));
        }
        return criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = CONTROL.matcher(text).replaceAll(" ").strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
