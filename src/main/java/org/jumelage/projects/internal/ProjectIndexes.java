package org.jumelage.projects.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes for the organisation list, review queue and catalogue, created at start-up. */
@Component
class ProjectIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    ProjectIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var ops = mongo.indexOps(Project.class);
        ops.createIndex(new CompoundIndexDefinition(new org.bson.Document("organisationId", 1).append("createdAt", -1))
                .named("organisation_created"));
        ops.createIndex(new CompoundIndexDefinition(new org.bson.Document("status", 1).append("submittedAt", 1))
                .named("status_submitted"));
        ops.createIndex(new CompoundIndexDefinition(new org.bson.Document("status", 1).append("openedAt", -1))
                .named("status_opened"));
        ops.createIndex(new Index("skillCodes", Sort.Direction.ASC).named("skill_codes"));
    }
}
