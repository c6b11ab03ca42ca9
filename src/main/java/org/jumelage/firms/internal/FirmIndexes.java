package org.jumelage.firms.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of firms, obligations and the hours ledger, created explicitly at start-up. */
@Component
class FirmIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    FirmIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var firms = mongo.indexOps(Firm.class);
        firms.createIndex(new Index("neqKey", Sort.Direction.ASC).unique().named("neq_unique"));
        firms.createIndex(new Index("members", Sort.Direction.ASC).named("members"));
        firms.createIndex(new Index("status", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC)
                .named("status_created"));
        var obligations = mongo.indexOps(Obligation.class);
        obligations.createIndex(new Index("firmId", Sort.Direction.ASC).on("expiryDate", Sort.Direction.ASC)
                .named("firm_expiry"));
        obligations.createIndex(new Index("status", Sort.Direction.ASC).on("expiryDate", Sort.Direction.ASC)
                .named("status_expiry"));
        var ledger = mongo.indexOps(LedgerEntry.class);
        ledger.createIndex(new Index("idempotencyKey", Sort.Direction.ASC).unique().named("idempotency_unique"));
        ledger.createIndex(new Index("providerKind", Sort.Direction.ASC).on("providerId", Sort.Direction.ASC)
                .on("sequence", Sort.Direction.ASC).unique().named("provider_sequence_unique"));
        ledger.createIndex(new Index("projectId", Sort.Direction.ASC).named("project"));
    }
}
