package org.jumelage.documents.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of the verification records, created explicitly at start-up. */
@Component
class DocumentIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    DocumentIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(VerificationRecord.class)
                .createIndex(new Index("code", Sort.Direction.ASC).unique().named("code_unique"));
    }
}
