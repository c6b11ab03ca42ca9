package org.jumelage.privacy.internal;

import org.jumelage.accounts.SystemActor;
import org.jumelage.privacy.RetentionRules;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Applies the retention rules once a day, on one node at a time, as the platform. */
@Component
class RetentionJob {

    private final RetentionRules rules;
    private final SystemActor system;

    RetentionJob(RetentionRules rules, SystemActor system) {
        this.rules = rules;
        this.system = system;
    }

    @Scheduled(initialDelayString = "${jumelage.retention.check-delay:PT15M}",
            fixedDelayString = "${jumelage.retention.check-interval:PT24H}")
    @SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT1H")
    void applyRules() {
        system.call(rules::apply);
    }
}
