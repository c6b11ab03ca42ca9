package org.jumelage.accounts.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins and locks an account for {@link #LOCK_DURATION} after {@link #MAX_FAILURES}
 * in a row. Counting is one atomic update on the account document, so parallel attempts cannot
 * slip past the limit.
 */
@Component
public class LoginAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    LoginAttempts(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String key = UserAccount.emailKey(String.valueOf(event.getAuthentication().getPrincipal()));
        Query query = Query.query(Criteria.where("emailKey").is(key));
        UserAccount account = mongo.findAndModify(query, new Update().inc("failedLogins", 1),
                FindAndModifyOptions.options().returnNew(true), UserAccount.class);
        if (account != null && account.getFailedLogins() >= MAX_FAILURES) {
            mongo.updateFirst(query, new Update().set("failedLogins", 0)
                    .set("lockedUntil", clock.instant().plus(LOCK_DURATION)), UserAccount.class);
            log.warn("Account {} locked for {} after {} failed logins", account.getId(), LOCK_DURATION,
                    MAX_FAILURES);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUserDetails details) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(details.id())),
                    new Update().set("failedLogins", 0).unset("lockedUntil").unset("inactivityRemindedAt")
                            .set("lastLoginAt", clock.instant()),
                    UserAccount.class);
        }
    }
}
