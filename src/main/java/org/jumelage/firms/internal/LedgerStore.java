package org.jumelage.firms.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jumelage.firms.LedgerBook;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.LedgerMovement;
import org.jumelage.firms.ProviderRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Reads a provider's ledger lines into a {@link LedgerBook} and appends lines, idempotently. */
@Component
public class LedgerStore {

    private static final Logger log = LoggerFactory.getLogger(LedgerStore.class);

    private final LedgerRepository ledger;
    private final ObligationRepository obligations;
    private final HoursSummaryStore summary;

    LedgerStore(LedgerRepository ledger, ObligationRepository obligations, HoursSummaryStore summary) {
        this.ledger = ledger;
        this.obligations = obligations;
        this.summary = summary;
    }

    public List<LedgerEntry> entries(ProviderRef provider) {
        return ledger.findByProviderKindAndProviderIdOrderBySequenceAsc(provider.kind(), provider.id());
    }

    public List<LedgerEntry> entriesOfProject(String projectId) {
        return ledger.findByProjectIdOrderByRecordedAtAscIdAsc(projectId);
    }

    /** The book of a provider; an obligation's owed hours come from the obligation. */
    public LedgerBook book(ProviderRef provider) {
        Integer owed = null;
        if (provider.kind() == ProviderRef.Kind.FIRM_OBLIGATION) {
            owed = obligations.findById(provider.id()).map(Obligation::getHoursOwed).orElse(0);
        }
        return book(provider, owed);
    }

    public LedgerBook book(ProviderRef provider, Integer owed) {
        return new LedgerBook(owed, entries(provider).stream().map(LedgerEntry::toMovement).toList());
    }

    /**
     * The books of several obligations read in one query, by obligation id; an obligation with no
     * line gets an empty book.
     */
    public Map<String, LedgerBook> obligationBooks(Map<String, Integer> owedByObligation) {
        Map<String, List<LedgerMovement>> lines = new HashMap<>();
        owedByObligation.keySet().forEach(id -> lines.put(id, new ArrayList<>()));
        if (!owedByObligation.isEmpty()) {
            ledger.findByProviderKindAndProviderIdInOrderBySequenceAsc(ProviderRef.Kind.FIRM_OBLIGATION,
                    owedByObligation.keySet()).forEach(e -> lines.get(e.provider().id()).add(e.toMovement()));
        }
        Map<String, LedgerBook> books = new HashMap<>();
        lines.forEach((id, movements) -> books.put(id, new LedgerBook(owedByObligation.get(id), movements)));
        return books;
    }

    public boolean hasEntries(ProviderRef provider) {
        return ledger.existsByProviderKindAndProviderId(provider.kind(), provider.id());
    }

    public Optional<LedgerEntry> byKey(String idempotencyKey) {
        return ledger.findByIdempotencyKey(idempotencyKey);
    }

    public Optional<LedgerEntry> byId(String id) {
        return id == null ? Optional.empty() : ledger.findById(id);
    }

    /**
     * Inserts the line. If its key is already taken (a retry raced the first try), returns the first
     * line; if another line took its position meanwhile, throws {@link PositionTaken} so the caller
     * reads the ledger again and re-checks its rules.
     */
    public LedgerEntry append(LedgerEntry entry) {
        LedgerEntry saved;
        try {
            saved = ledger.insert(entry);
        } catch (DuplicateKeyException e) {
            saved = ledger.findByIdempotencyKey(entry.getIdempotencyKey())
                    .orElseThrow(() -> new PositionTaken(e));
        }
        counted(saved);
        return saved;
    }

    /**
     * Counts the line in the monthly summary, in the same request as its append; a retry of the
     * request counts it again, which adds nothing. The line is recorded whatever happens here: a
     * failed count is repaired by the summary's periodic check.
     */
    public void counted(LedgerEntry entry) {
        try {
            summary.count(entry);
        } catch (RuntimeException e) {
            log.warn("Ledger line {} not counted in the hours summary yet: {}", entry.getId(), e.toString());
        }
    }

    /** Another line was appended at the position this writer read; its checks are stale. */
    public static class PositionTaken extends RuntimeException {
        PositionTaken(Throwable cause) {
            super("Ledger position taken", cause);
        }
    }

    public static LedgerLine toLine(LedgerEntry e) {
        return new LedgerLine(e.getId(), e.provider(), e.getProjectId(), e.getSeatId(), e.getType(), e.getHours(),
                e.getWorkDate(), e.getComment(), e.getAnswers(), e.getRecordedBy(), e.getRecordedAt(),
                e.getIdempotencyKey());
    }
}
