package org.jumelage.notifications.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of the outbox, created explicitly at start-up: due messages, search by recipient, history. */
@Component
class OutboxIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    OutboxIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var ops = mongo.indexOps(OutboxMessage.class);
        ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC)
                .named("status_next_attempt"));
        ops.createIndex(new Index("recipientKey", Sort.Direction.ASC).named("recipient"));
        ops.createIndex(new Index("createdAt", Sort.Direction.DESC).named("created"));
    }
}
