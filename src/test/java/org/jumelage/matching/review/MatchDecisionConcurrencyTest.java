package org.jumelage.matching.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jumelage.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two coordinators decide on the same proposal at the same moment, over the wire: the match's
 * version lets exactly one decision through, the other is refused with a message, and only one set
 * of offers goes out.
 */
class MatchDecisionConcurrencyTest extends MatchingFlowSupport {

    @Autowired
    MongoTemplate mongo;

    Person secondCoordinator;

    @BeforeEach
    void world() {
        setUpWorld(Locale.FRENCH);
        secondCoordinator = person(Role.COORDINATOR, Locale.FRENCH, "Constance Coordonnatrice");
    }

    interface Decision {
        MatchView decide(MatchView proposal);
    }

    @RepeatedTest(3)
    void two_coordinators_approving_at_once_send_one_set_of_offers() throws Exception {
        MatchView proposal = proposal();

        List<Object> outcomes = race(proposal, p -> matchReview.approve(p.id(), p.version()),
                p -> matchReview.approve(p.id(), p.version()));

        assertOneWinner(outcomes);
        assertThat(offerMailsTo(firmMember)).isEqualTo(1);
        assertThat(offerMailsTo(osblMember)).isEqualTo(1);
        assertThat(stored(proposal).status()).isEqualTo(MatchStatus.OFFERED);
    }

    @RepeatedTest(3)
    void an_approval_and_a_rejection_at_once_leave_one_decision() throws Exception {
        MatchView proposal = proposal();

        List<Object> outcomes = race(proposal, p -> matchReview.approve(p.id(), p.version()),
                p -> matchReview.reject(p.id(), "Déjà trop d’heures pour cette firme", p.version()));

        assertOneWinner(outcomes);
        MatchView winner = (MatchView) outcomes.stream().filter(MatchView.class::isInstance).findFirst().orElseThrow();
        MatchView after = stored(proposal);
        assertThat(after.status()).isEqualTo(winner.status());
        if (winner.status() == MatchStatus.REJECTED) {
            assertThat(offerMailsTo(firmMember)).isZero();
            assertThat(after.rejectionReason()).isEqualTo("Déjà trop d’heures pour cette firme");
        } else {
            assertThat(winner.status()).isEqualTo(MatchStatus.OFFERED);
            assertThat(offerMailsTo(firmMember)).isEqualTo(1);
            assertThat(after.rejectionReason()).isNull();
        }
    }

    @Test
    void a_decision_on_a_version_read_before_another_decision_is_refused() {
        MatchView proposal = proposal();
        signIn(secondCoordinator);
        MatchView seenBySecond = matchReview.proposals(proposal.runId()).get(0);
        signIn(coordinator);
        matchReview.reject(proposal.id(), "Conflit non déclaré", proposal.version());

        signIn(secondCoordinator);
        assertThat(refusal(() -> matchReview.approve(seenBySecond.id(), seenBySecond.version())))
                .isEqualTo("common.concurrentEdit");
        // Even with the fresh version, a decided proposal stays decided.
        MatchView fresh = matchReview.proposals(proposal.runId()).get(0);
        assertThat(refusal(() -> matchReview.approve(fresh.id(), fresh.version())))
                .isEqualTo("matching.review.alreadyDecided");
        assertThat(stored(proposal).status()).isEqualTo(MatchStatus.REJECTED);
        assertThat(offerMailsTo(firmMember)).isZero();
    }

    private MatchView proposal() {
        String runId = recordProposal(firmProvider());
        signIn(coordinator);
        MatchView proposal = matchReview.proposals(runId).get(0);
        signOut();
        return proposal;
    }

    private MatchView stored(MatchView proposal) {
        signIn(coordinator);
        MatchView found = matchReview.proposals(proposal.runId()).get(0);
        signOut();
        return found;
    }

    private static void assertOneWinner(List<Object> outcomes) {
        assertThat(outcomes).filteredOn(MatchView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof MatchView)).singleElement()
                .isIn("common.concurrentEdit", "matching.review.alreadyDecided");
    }

    /** Offer mails queued for the person (the outbox holds each, sent or not). */
    private long offerMailsTo(Person person) {
        return mongo.count(Query.query(Criteria.where("recipient").is(person.email()).and("template").is("match-offer")),
                "outbox");
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
            return "accepted";
        } catch (MatchException e) {
            return e.messageKey();
        }
    }

    /** Each coordinator decides on the same version at the same moment; an outcome is a view or a message key. */
    private List<Object> race(MatchView proposal, Decision first, Decision second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            Person[] who = {coordinator, secondCoordinator};
            Decision[] what = {first, second};
            for (int i = 0; i < 2; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    signIn(who[index]);
                    start.await();
                    try {
                        return what[index].decide(proposal);
                    } catch (MatchException e) {
                        return e.messageKey();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
