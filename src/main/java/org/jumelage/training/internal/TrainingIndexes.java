package org.jumelage.training.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of courses, enrolments and waivers, created explicitly at start-up. */
@Component
class TrainingIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    TrainingIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(Course.class).createIndex(new Index("code", Sort.Direction.ASC)
                .on("revision", Sort.Direction.ASC).unique().named("code_revision_unique"));
        mongo.indexOps(Enrolment.class).createIndex(new Index("userId", Sort.Direction.ASC)
                .on("courseCode", Sort.Direction.ASC).unique().named("user_course_unique"));
        mongo.indexOps(ScopingWaiver.class).createIndex(new Index("organisationId", Sort.Direction.ASC).unique()
                .named("organisation_unique"));
    }
}
