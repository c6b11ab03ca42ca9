package org.jumelage.firms.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of firm invitations, created explicitly at start-up. */
@Component
class FirmInvitationIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    FirmInvitationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var invitations = mongo.indexOps(FirmInvitation.class);
        invitations.createIndex(new Index("tokenHash", Sort.Direction.ASC).unique().named("token_unique"));
        invitations.createIndex(new Index("firmId", Sort.Direction.ASC).on("emailKey", Sort.Direction.ASC)
                .on("state", Sort.Direction.ASC).named("firm_email_state"));
    }
}
