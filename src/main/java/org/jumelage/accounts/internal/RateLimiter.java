package org.jumelage.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jumelage.shared.security.SecureTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Counts requests per client address and action in fixed windows, in the database so that every
 * node of a cluster shares the count. One atomic upsert per request; the address is stored only as
 * a hash (an IP address is personal information).
 */
@Component
public class RateLimiter {

    /** What is limited. */
    public enum Action {
        LOGIN, REGISTRATION, PASSWORD_RESET
    }

    static final String COLLECTION = "rate_limits";
    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final RateLimitSettings settings;

    RateLimiter(MongoTemplate mongo, Clock clock, RateLimitSettings settings) {
        this.mongo = mongo;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Counts one request of this client address and tells whether it is still within the limit.
     * With no address (a call outside any web request, e.g. demo data), nothing is counted.
     */
    public boolean tryAcquire(Action action, String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return true;
        }
        RateLimitSettings.Limit limit = limit(action);
        long windowMillis = limit.window().toMillis();
        Instant now = clock.instant();
        long windowStart = now.toEpochMilli() / windowMillis * windowMillis;
        String id = action.name() + ":" + SecureTokens.hash(clientAddress) + ":" + windowStart;
        Counter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
                new Update().inc("count", 1).setOnInsert("expiresAt", Instant.ofEpochMilli(windowStart + windowMillis)),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class, COLLECTION);
        boolean allowed = counter == null || counter.count() <= limit.max();
        if (!allowed && counter.count() == limit.max() + 1) {
            log.warn("Rate limit reached for {} from one client address ({} in {})", action, limit.max(),
                    limit.window());
        }
        return allowed;
    }

    /** Same as {@link #tryAcquire(Action, String)} for the client of the web request being handled. */
    public boolean tryAcquire(Action action) {
        return tryAcquire(action, currentClientAddress().orElse(null));
    }

    /** The address of the client of the current web request (Vaadin's requests included), if any. */
    public static Optional<String> currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Optional.ofNullable(request.getRemoteAddr());
        }
        return Optional.empty();
    }

    /** Removes the counters of windows that are over. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT10M")
    @SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT5M")
    void removeExpired() {
        mongo.remove(Query.query(Criteria.where("expiresAt").lt(clock.instant())), COLLECTION);
    }

    private RateLimitSettings.Limit limit(Action action) {
        return switch (action) {
            case LOGIN -> settings.login();
            case REGISTRATION -> settings.registration();
            case PASSWORD_RESET -> settings.passwordReset();
        };
    }

    record Counter(String id, int count, Instant expiresAt) {
    }
}
