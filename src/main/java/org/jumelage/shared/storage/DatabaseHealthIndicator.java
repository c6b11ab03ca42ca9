package org.jumelage.shared.storage;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * MongoDB status for {@code /actuator/health} as component "mongo". Boot's own indicator sends
 * {@code hello}, which the embedded server does not know; {@code ping} works on both stores.
 */
@Component("mongoHealthIndicator")
class DatabaseHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    DatabaseHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document result = mongo.executeCommand(new Document("ping", 1));
        Object ok = result.get("ok");
        if (ok instanceof Number n && n.doubleValue() == 1.0) {
            builder.up();
        } else {
            builder.down().withDetail("reply", result.toJson());
        }
    }
}
