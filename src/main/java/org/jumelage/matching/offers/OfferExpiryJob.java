package org.jumelage.matching.offers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every quarter hour: offers left unanswered past their date expire. ShedLock lets one node run it. */
@Component
class OfferExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(OfferExpiryJob.class);

    private final OfferService offers;

    OfferExpiryJob(OfferService offers) {
        this.offers = offers;
    }

    @Scheduled(initialDelayString = "${jumelage.offers.check-delay:PT1M}",
            fixedDelayString = "${jumelage.offers.check-interval:PT15M}")
    @SchedulerLock(name = "offer-expiry", lockAtMostFor = "PT10M")
    public void run() {
        int expired = offers.expireDue();
        if (expired > 0) {
            log.info("Offers: {} expired", expired);
        }
    }
}
