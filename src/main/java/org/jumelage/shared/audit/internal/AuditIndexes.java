package org.jumelage.shared.audit.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of the audit log for the admin view's newest-first listing and target search. */
@Component
class AuditIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    AuditIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(AuditRecord.class).createIndex(new Index("at", Sort.Direction.DESC).named("at_desc"));
        mongo.indexOps(AuditRecord.class).createIndex(new Index("targetId", Sort.Direction.ASC).named("target"));
    }
}
