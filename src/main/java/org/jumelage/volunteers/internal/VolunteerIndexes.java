package org.jumelage.volunteers.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of volunteer profiles, created explicitly at start-up: one profile per person. */
@Component
class VolunteerIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    VolunteerIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var profiles = mongo.indexOps(VolunteerProfile.class);
        profiles.createIndex(new Index("userId", Sort.Direction.ASC).unique().named("user_unique"));
        profiles.createIndex(new Index("consentToShare", Sort.Direction.ASC).named("consent"));
        profiles.createIndex(new Index("region", Sort.Direction.ASC).named("region"));
    }
}
