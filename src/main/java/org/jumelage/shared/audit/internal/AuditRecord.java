package org.jumelage.shared.audit.internal;

import java.time.Instant;

import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditEntry;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.text.SearchText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored form of an audit entry. Every field is final and there is no setter: an entry is only
 * ever inserted, and no version is kept because it never changes.
 */
@Document(AuditRecord.COLLECTION)
public final class AuditRecord {

    public static final String COLLECTION = "audit_log";

    @Id
    private final String id;
    private final Instant at;
    private final String actorId;
    private final String actorName;
    /** Actor name and id, lower-case and accent-free, for the actor filter. */
    private final String actorKey;
    private final AuditAction action;
    private final AuditTarget targetKind;
    private final String targetId;
    private final String detail;
    private final String clientAddress;

    @PersistenceCreator
    AuditRecord(String id, Instant at, String actorId, String actorName, String actorKey, AuditAction action,
            AuditTarget targetKind, String targetId, String detail, String clientAddress) {
        this.id = id;
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.actorKey = actorKey;
        this.action = action;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.detail = detail;
        this.clientAddress = clientAddress;
    }

    public static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(entry.id(), entry.at(), entry.actorId(), entry.actorName(),
                SearchText.normalise(entry.actorName() + " " + entry.actorId()), entry.action(), entry.targetKind(),
                entry.targetId(), entry.detail(), entry.clientAddress());
    }

    public AuditEntry toEntry() {
        return new AuditEntry(id, at, actorId, actorName, action, targetKind, targetId, detail, clientAddress);
    }
}
