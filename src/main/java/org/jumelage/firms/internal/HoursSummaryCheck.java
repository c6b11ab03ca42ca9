package org.jumelage.firms.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Brings the hours summary up to date with the ledger at start-up (rebuilt when missing or of an
 * older format) and checks it again periodically, in case a count failed after its line was written.
 */
@Component
class HoursSummaryCheck {

    private static final Logger log = LoggerFactory.getLogger(HoursSummaryCheck.class);

    private final HoursSummaryStore summary;

    HoursSummaryCheck(HoursSummaryStore summary) {
        this.summary = summary;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStartUp() {
        log.info("Hours summary at start-up: {}", summary.check());
    }

    @Scheduled(initialDelayString = "${jumelage.hours-summary.check-interval:PT1H}",
            fixedDelayString = "${jumelage.hours-summary.check-interval:PT1H}")
    @SchedulerLock(name = "hours-summary-check", lockAtMostFor = "PT30M")
    public void periodically() {
        HoursSummaryStore.Outcome outcome = summary.check();
        if (outcome != HoursSummaryStore.Outcome.CURRENT) {
            log.info("Hours summary checked: {}", outcome);
        }
    }
}
