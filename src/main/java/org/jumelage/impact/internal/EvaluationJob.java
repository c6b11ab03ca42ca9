package org.jumelage.impact.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every hour: mails the follow-ups (and any request) whose day has come, then the reminders.
 * ShedLock lets one node run it; the conditional updates make a second run harmless anyway.
 */
@Component
class EvaluationJob {

    private static final Logger log = LoggerFactory.getLogger(EvaluationJob.class);

    private final EvaluationRequests requests;

    EvaluationJob(EvaluationRequests requests) {
        this.requests = requests;
    }

    @Scheduled(initialDelayString = "${jumelage.evaluations.check-delay:PT2M}",
            fixedDelayString = "${jumelage.evaluations.check-interval:PT1H}")
    @SchedulerLock(name = "evaluation-mails", lockAtMostFor = "PT10M")
    public void run() {
        int due = requests.sendDue();
        int reminded = requests.sendReminders();
        if (due > 0 || reminded > 0) {
            log.info("Evaluations: {} request(s) mailed, {} reminder(s) sent", due, reminded);
        }
    }
}
