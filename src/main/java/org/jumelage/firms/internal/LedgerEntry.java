package org.jumelage.firms.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jumelage.firms.EntryType;
import org.jumelage.firms.LedgerMovement;
import org.jumelage.firms.ProviderRef;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of the append-only hours ledger: inserted once, never updated nor deleted (hence no
 * {@code @Version}). A correction is a new line. The idempotency key has a unique index, so a retried
 * request finds its first line instead of counting twice.
 */
@Document("hours_ledger")
public class LedgerEntry {

    @Id
    private String id;
    private ProviderRef.Kind providerKind;
    private String providerId;
    /** The firm owning the obligation, for firm-wide reports; null for volunteers. */
    private String firmId;
    private String projectId;
    private String seatId;
    private EntryType type;
    private int hours;
    private LocalDate workDate;
    private String comment;
    private String answers;
    private String recordedBy;
    private Instant recordedAt;
    private String idempotencyKey;
    /**
     * Position in the provider's ledger (0, 1, 2…), unique per provider: a line is appended only
     * at the position its writer read, so two concurrent writers cannot both spend the same hours.
     */
    private long sequence;

    protected LedgerEntry() {
    }

    public LedgerEntry(ProviderRef provider, String firmId, String projectId, String seatId, EntryType type, int hours,
            LocalDate workDate, String comment, String answers, String recordedBy, Instant recordedAt,
            String idempotencyKey, long sequence) {
        this.providerKind = provider.kind();
        this.providerId = provider.id();
        this.firmId = firmId;
        this.projectId = projectId;
        this.seatId = seatId;
        this.type = type;
        this.hours = hours;
        this.workDate = workDate;
        this.comment = comment;
        this.answers = answers;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.idempotencyKey = idempotencyKey;
        this.sequence = sequence;
    }

    public long getSequence() {
        return sequence;
    }

    public LedgerMovement toMovement() {
        return new LedgerMovement(id, type, projectId, seatId, hours, answers, idempotencyKey);
    }

    public String getId() {
        return id;
    }

    public ProviderRef provider() {
        return new ProviderRef(providerKind, providerId);
    }

    public String getFirmId() {
        return firmId;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getSeatId() {
        return seatId;
    }

    public EntryType getType() {
        return type;
    }

    public int getHours() {
        return hours;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public String getComment() {
        return comment;
    }

    public String getAnswers() {
        return answers;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
