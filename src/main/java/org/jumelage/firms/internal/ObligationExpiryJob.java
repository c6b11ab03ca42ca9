package org.jumelage.firms.internal;

import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.ObligationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Once an hour: expiry warnings, then expiry of obligations past their date. ShedLock lets one
 * node run it; the conditional updates and idempotency keys make a second run harmless anyway.
 */
@Component
class ObligationExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ObligationExpiryJob.class);

    private final ObligationService obligations;
    private final HoursLedger ledger;

    ObligationExpiryJob(ObligationService obligations, HoursLedger ledger) {
        this.obligations = obligations;
        this.ledger = ledger;
    }

    @Scheduled(initialDelayString = "${jumelage.obligations.check-delay:PT1M}",
            fixedDelayString = "${jumelage.obligations.check-interval:PT1H}")
    @SchedulerLock(name = "obligation-expiry", lockAtMostFor = "PT10M")
    public void run() {
        int warned = obligations.sendExpiryWarnings();
        int expired = ledger.expireDue();
        if (warned > 0 || expired > 0) {
            log.info("Obligations: {} expiry warning(s) sent, {} expired", warned, expired);
        }
    }
}
