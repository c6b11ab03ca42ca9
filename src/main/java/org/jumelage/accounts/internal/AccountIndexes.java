package org.jumelage.accounts.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of the accounts collection, created explicitly at start-up before anything is stored. */
@Component
class AccountIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    AccountIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var ops = mongo.indexOps(UserAccount.class);
        ops.createIndex(new Index("emailKey", Sort.Direction.ASC).unique().named("email_unique"));
        ops.createIndex(new Index("verificationTokenHash", Sort.Direction.ASC).sparse().named("verification_token"));
        ops.createIndex(new Index("resetTokenHash", Sort.Direction.ASC).sparse().named("reset_token"));
        ops.createIndex(new Index("roles", Sort.Direction.ASC).named("roles"));
        mongo.indexOps(ConsentRecord.class).createIndex(new Index("userId", Sort.Direction.ASC).named("consent_user"));
    }
}
