package org.jumelage.support;

import java.util.List;

import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditEntry;
import org.jumelage.shared.audit.internal.AuditRecord;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads the audit log straight from the store, whoever is signed in, so that a test can check what an
 * action wrote without signing in as an administrator in the middle of it. Built on the context's
 * {@code MongoTemplate}: {@code new AuditEntries(mongo)}.
 */
public class AuditEntries {

    private final MongoTemplate mongo;

    public AuditEntries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The entries of this action on this target, oldest first. */
    public List<AuditEntry> of(AuditAction action, String targetId) {
        Query query = Query.query(Criteria.where("action").is(action).and("targetId").is(targetId))
                .with(Sort.by("at", "_id"));
        return mongo.find(query, AuditRecord.class).stream().map(AuditRecord::toEntry).toList();
    }

    /** Every entry on this target, oldest first. */
    public List<AuditEntry> on(String targetId) {
        Query query = Query.query(Criteria.where("targetId").is(targetId)).with(Sort.by("at", "_id"));
        return mongo.find(query, AuditRecord.class).stream().map(AuditRecord::toEntry).toList();
    }

    /** The stored document of an entry as JSON, to check what it does not hold. */
    public String rawJson(String entryId) {
        org.bson.Document raw = mongo.findById(entryId, org.bson.Document.class, AuditRecord.COLLECTION);
        return raw == null ? "" : raw.toJson();
    }
}
