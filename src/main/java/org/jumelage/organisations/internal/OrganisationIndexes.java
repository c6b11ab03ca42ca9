package org.jumelage.organisations.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Indexes of organisations and invitations, created explicitly at start-up. "One organisation per
 * person" is checked by the service, not by a unique index on {@code members}: MongoDB would treat
 * every organisation without members as a duplicate of the others.
 */
@Component
class OrganisationIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;

    OrganisationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var organisations = mongo.indexOps(Organisation.class);
        organisations.createIndex(new Index("neq", Sort.Direction.ASC).unique().named("neq_unique"));
        organisations.createIndex(new Index("members", Sort.Direction.ASC).named("members"));
        organisations.createIndex(new Index("status", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC)
                .named("status_created"));
        var invitations = mongo.indexOps(Invitation.class);
        invitations.createIndex(new Index("tokenHash", Sort.Direction.ASC).unique().named("token_unique"));
        invitations.createIndex(new Index("organisationId", Sort.Direction.ASC).on("state", Sort.Direction.ASC)
                .named("organisation_state"));
    }
}
