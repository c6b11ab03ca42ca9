package org.jumelage.impact.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of evaluations and programmes, created explicitly at start-up. */
@Component
class ImpactIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    ImpactIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // The request key makes creation idempotent: a second insert of the same request fails.
        mongo.indexOps(EvaluationRequest.class).createIndex(new Index("requestKey", Sort.Direction.ASC).unique()
                .named("request_key_unique"));
        mongo.indexOps(EvaluationRequest.class).createIndex(new Index("respondentId", Sort.Direction.ASC)
                .on("respondent", Sort.Direction.ASC).named("respondent"));
        mongo.indexOps(EvaluationRequest.class).createIndex(new Index("projectId", Sort.Direction.ASC)
                .named("project"));
        mongo.indexOps(EvaluationRequest.class).createIndex(new Index("completedAt", Sort.Direction.ASC)
                .named("completed_at"));
    }
}
