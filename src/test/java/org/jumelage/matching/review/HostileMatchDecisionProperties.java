package org.jumelage.matching.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.jumelage.support.Hostile;
import org.jumelage.support.Refusals;
import org.junit.jupiter.api.Test;

/**
 * Reasons typed when a coordinator rejects a proposal and when a provider declines an offer, under
 * hostile input: stored as typed (trimmed) and within their limit, or refused with messages in both
 * languages and the match unchanged.
 */
class HostileMatchDecisionProperties extends MatchingFlowSupport {

    @org.springframework.beans.factory.annotation.Autowired
    MatchRepository matches;

    @Test
    void a_hostile_rejection_reason_is_stored_as_typed_or_refused() {
        setUpWorld(Locale.FRENCH);
        Hostile.forAll("match rejection", 40, Hostile.any(), reason -> {
            String runId = recordProposal(firmProvider());
            signIn(coordinator);
            MatchView proposed = matchReview.proposals(runId).get(0);
            var outcome = Refusals.attempt(() -> matchReview.reject(proposed.id(), reason, proposed.version()));
            MatchView after = matchReview.proposals(runId).get(0);
            if (outcome.accepted()) {
                assertThat(after.status()).isEqualTo(MatchStatus.REJECTED);
                assertThat(after.rejectionReason()).isEqualTo(reason.strip());
            } else {
                assertThat(after).isEqualTo(proposed);
            }
        });
    }

    @Test
    void a_hostile_decline_reason_is_stored_as_typed_or_refused() {
        setUpWorld(Locale.ENGLISH);
        Hostile.forAll("offer decline", 40, Hostile.any(), reason -> {
            MatchView offered = approvedProposal(firmProvider());
            signIn(firmMember);
            var outcome = Refusals.attempt(() -> offers.decline(offered.id(), reason));
            Match after = matches.findById(offered.id()).orElseThrow();
            if (outcome.accepted()) {
                assertThat(after.getStatus()).isEqualTo(MatchStatus.DECLINED);
                assertThat(after.getProviderAnswer().accepted()).isFalse();
                assertThat(after.getProviderAnswer().reason()).isEqualTo(reason.strip());
            } else {
                assertThat(after.getProviderAnswer()).isNull();
                assertThat(after.getStatus()).isEqualTo(offered.status());
                // Close the offer, so that the next sample can offer the seat again.
                offers.decline(offered.id(), "Pas disponible");
            }
        });
    }
}
