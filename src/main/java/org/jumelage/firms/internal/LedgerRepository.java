package org.jumelage.firms.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jumelage.firms.ProviderRef;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Inserts and reads only: the ledger is append-only. */
public interface LedgerRepository extends MongoRepository<LedgerEntry, String> {

    List<LedgerEntry> findByProviderKindAndProviderIdOrderBySequenceAsc(ProviderRef.Kind kind, String providerId);

    List<LedgerEntry> findByProviderKindAndProviderIdInOrderBySequenceAsc(ProviderRef.Kind kind,
            Collection<String> providerIds);

    List<LedgerEntry> findByProjectIdOrderByRecordedAtAscIdAsc(String projectId);

    Optional<LedgerEntry> findByIdempotencyKey(String idempotencyKey);

    boolean existsByProviderKindAndProviderId(ProviderRef.Kind kind, String providerId);
}
