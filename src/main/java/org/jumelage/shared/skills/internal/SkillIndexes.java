package org.jumelage.shared.skills.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of the custom skills collection, created explicitly at start-up before anything is stored. */
@Component
class SkillIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    SkillIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(CustomSkill.class)
                .createIndex(new Index("code", Sort.Direction.ASC).unique().named("code_unique"));
    }
}
