package org.jumelage.shared.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Decides whether to create demo data, from {@code jumelage.demo-data}: {@code true} always,
 * {@code false} never, {@code auto} (the default) only on the embedded database when it held no
 * document at start-up. Emptiness is read before any start-up task writes.
 */
@Component
@Order(200)
public class DemoDataRunner implements ApplicationRunner, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final MongoTemplate mongo;
    private final Environment environment;
    private final List<DemoDataContributor> contributors;
    private boolean emptyAtStart;

    DemoDataRunner(MongoTemplate mongo, Environment environment, List<DemoDataContributor> contributors) {
        this.mongo = mongo;
        this.environment = environment;
        this.contributors = contributors;
    }

    @Override
    public void afterSingletonsInstantiated() {
        emptyAtStart = mongo.getCollectionNames().stream()
                .allMatch(name -> mongo.getCollection(name).estimatedDocumentCount() == 0);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted()) {
            return;
        }
        log.info("Creating demo data ({} contributors)", contributors.size());
        contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::demoOrder))
                .forEach(DemoDataContributor::createDemoData);
    }

    boolean wanted() {
        String setting = environment.getProperty("jumelage.demo-data", "auto").trim().toLowerCase();
        return switch (setting) {
            case "true" -> true;
            case "false" -> false;
            default -> emptyAtStart && environment.getProperty("MONGODB_URI", "").isBlank();
        };
    }
}
