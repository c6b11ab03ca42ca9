package org.jumelage.matching.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;

import org.jumelage.accounts.Role;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.support.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * From a run's proposals to a settled match, over the wire: the coordinator's review, the offers
 * mailed to both sides (GreenMail), answers, the ledger allocation, the project matched; declines,
 * expiry and permissions.
 */
public class MatchOfferFlowTest extends MatchingFlowSupport {

    @BeforeEach
    void world() {
        setUpWorld(Locale.ENGLISH);
    }

    private static String token(MimeMessage mail) {
        String link = Mailbox.link(mail, "/offers/answer?token=");
        return UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
    }

    public static MimeMessage offerMailTo(Person person) {
        return mailContaining(person, "/offers/answer?token=");
    }

    /** The latest mail to the person whose text contains the fragment, waiting for it to arrive. */
    public static MimeMessage mailContaining(Person person, String fragment) {
        return Mailbox.awaitContaining(person.email(), fragment, Duration.ofSeconds(30));
    }

    @Test
    void approved_proposal_is_offered_to_both_sides_and_both_acceptances_allocate_the_hours_and_match_the_project()
            throws Exception {
        String runId = recordProposal(firmProvider());
        signIn(coordinator);
        assertThat(matchReview.latestRunWithProposals()).contains(runId);
        MatchView proposed = matchReview.proposals(runId).get(0);
        assertThat(proposed.status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(proposed.providerName()).startsWith("Boréal Données");
        assertThat(proposed.seatTitle()).isEqualTo("Analyste de données");
        assertThat(proposed.reasons()).extracting(r -> r.key()).contains("matchreason.skills");

        MatchView offered = matchReview.approve(proposed.id(), proposed.version());
        assertThat(offered.status()).isEqualTo(MatchStatus.OFFERED);
        assertThat(decisions.pinned()).contains(offered.provider() == null ? null
                : new org.jumelage.matching.SeatProvider(project.id(), seatId(), firmProvider()));

        MimeMessage toFirm = offerMailTo(firmMember);
        assertThat(toFirm.getSubject()).isEqualTo("A matching offer on Jumelage");
        assertThat(Mailbox.text(toFirm)).contains("Tableau de bord alimentaire").contains("60 hours");
        MimeMessage toOsbl = offerMailTo(osblMember);
        assertThat(toOsbl.getSubject()).isEqualTo("Une offre de jumelage sur Jumelage");
        assertThat(token(toFirm)).isNotEqualTo(token(toOsbl));

        signIn(firmMember);
        MatchView seenByFirm = offers.byToken(token(toFirm)).orElseThrow();
        assertThat(offers.mySide(seenByFirm.id())).contains(Match.Side.PROVIDER);
        offers.accept(seenByFirm.id());
        assertThat(offers.myOffers()).extracting(MatchView::status).containsExactly(MatchStatus.OFFERED);

        signIn(osblMember);
        assertThat(offers.myOffers()).extracting(MatchView::id).containsExactly(offered.id());
        MatchView accepted = offers.accept(offered.id());
        assertThat(accepted.status()).isEqualTo(MatchStatus.ACCEPTED);
        assertThat(accepted.contact()).as("a firm's contact is not a volunteer's").isNull();

        signIn(coordinator);
        assertThat(ledger.balances(firmProvider()).allocated()).isEqualTo(60);
        assertThat(projects.get(project.id()).status()).isEqualTo(ProjectStatus.MATCHED);
        assertThat(decisions.settled()).contains(new org.jumelage.matching.SeatProvider(project.id(), seatId(),
                firmProvider()));
        assertThat(decisions.pinned()).doesNotContain(new org.jumelage.matching.SeatProvider(project.id(), seatId(),
                firmProvider()));

        List<MimeMessage> firmMails = Mailbox.awaitMessages(firmMember.email(), 2, Duration.ofSeconds(30));
        assertThat(firmMails).extracting(MimeMessage::getSubject)
                .contains("Outcome of a matching offer on Jumelage");
        assertThat(Mailbox.text(mailContaining(osblMember, "Les deux parties ont accepté"))).contains("Tableau de bord");
    }

    @Test
    void the_osbl_sees_the_volunteers_contact_only_once_both_accepted() {
        MatchView offered = approvedProposal(ProviderRef.volunteer(volunteer.id()));
        signIn(osblMember);
        offers.accept(offered.id());
        assertThat(offers.myOffers()).singleElement().satisfies(m -> assertThat(m.contact()).isNull());
        signIn(volunteer);
        assertThat(offers.accept(offered.id()).contact()).as("the volunteer is not shown their own contact").isNull();
        signIn(osblMember);
        assertThat(offers.myOffers()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MatchStatus.ACCEPTED);
            assertThat(m.contact().email()).isEqualTo(volunteer.email());
        });
    }

    @Test
    void a_decline_needs_a_reason_excludes_the_pair_and_reopens_the_seat() {
        ProviderRef provider = ProviderRef.volunteer(volunteer.id());
        MatchView offered = approvedProposal(provider);
        var pair = new org.jumelage.matching.SeatProvider(project.id(), seatId(), provider);
        assertThat(decisions.pinned()).contains(pair);

        signIn(volunteer);
        assertThatThrownBy(() -> offers.decline(offered.id(), "  ")).hasMessage("offers.decline.reasonRequired");
        MatchView declined = offers.decline(offered.id(), "Je pars en stage à l’étranger");
        assertThat(declined.status()).isEqualTo(MatchStatus.DECLINED);
        assertThat(decisions.excluded()).contains(pair);
        assertThat(decisions.pinned()).doesNotContain(pair);
        assertThat(decisions.settled()).doesNotContain(pair);
        signIn(osblMember);
        assertThatThrownBy(() -> offers.accept(offered.id())).hasMessage("offer.notOpen");
        assertThat(Mailbox.text(mailContaining(osblMember, "Je pars en stage"))).contains("a été décliné");
    }

    @Test
    void an_unanswered_offer_expires_after_the_configured_days_and_the_seat_reopens() {
        MatchView offered = approvedProposal(firmProvider());
        var pair = new org.jumelage.matching.SeatProvider(project.id(), seatId(), firmProvider());
        clock.advance(Duration.ofDays(6));
        assertThat(offers.expireDue()).isZero();
        signIn(firmMember);
        offers.accept(offered.id());
        signOut();
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        signIn(osblMember);
        assertThatThrownBy(() -> offers.accept(offered.id())).hasMessage("offer.expired");
        signOut();
        // Other tests' unanswered offers in the shared store expire too; this one is checked below.
        assertThat(offers.expireDue()).isPositive();
        assertThat(decisions.pinned()).doesNotContain(pair);
        assertThat(decisions.excluded()).doesNotContain(pair);
        signIn(coordinator);
        assertThat(matchReview.proposals(offered.runId())).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MatchStatus.EXPIRED));
        assertThat(ledger.balances(firmProvider()).allocated()).isZero();
    }

    @Test
    void only_addressees_answer_and_only_coordinators_review() {
        String runId = recordProposal(firmProvider());
        MatchView proposed;
        signIn(osblMember);
        assertThatThrownBy(() -> matchReview.proposals(runId)).isInstanceOf(AccessDeniedException.class);
        signIn(coordinator);
        proposed = matchReview.proposals(runId).get(0);
        signIn(firmMember);
        MatchView p = proposed;
        assertThatThrownBy(() -> matchReview.approve(p.id(), p.version())).isInstanceOf(AccessDeniedException.class);
        signIn(coordinator);
        matchReview.approve(proposed.id(), proposed.version());
        String firmToken = token(offerMailTo(firmMember));

        Person otherFirmMember = person(Role.FIRM_MEMBER, Locale.FRENCH, "Autre firme");
        firmOf(otherFirmMember, "Autre firme");
        assertThatThrownBy(() -> offers.accept(p.id())).hasMessage("offer.notYours");
        assertThatThrownBy(() -> offers.byToken(firmToken)).hasMessage("offer.notYours");
        assertThat(offers.myOffers()).isEmpty();
        Person otherOsbl = person(Role.OSBL_MEMBER, Locale.FRENCH, "Autre organisme");
        registered(otherOsbl, "Autre organisme " + key());
        assertThatThrownBy(() -> offers.decline(p.id(), "Pas pour nous")).hasMessage("offer.notYours");
        signIn(firmMember);
        assertThat(offers.byToken("not-a-token")).isEmpty();
        offers.accept(p.id());
        assertThatThrownBy(() -> offers.accept(p.id())).hasMessage("offer.alreadyAnswered");
    }

    @Test
    void a_decision_on_a_stale_version_is_refused_and_a_rejection_needs_a_reason() {
        String runId = recordProposal(firmProvider());
        signIn(coordinator);
        MatchView proposed = matchReview.proposals(runId).get(0);
        assertThatThrownBy(() -> matchReview.reject(proposed.id(), " ", proposed.version()))
                .hasMessage("matching.review.reasonRequired");
        matchReview.approve(proposed.id(), proposed.version());
        assertThatThrownBy(() -> matchReview.approve(proposed.id(), proposed.version()))
                .hasMessage("common.concurrentEdit");
        assertThatThrownBy(() -> matchReview.reject(proposed.id(), "Trop tard", proposed.version()))
                .hasMessage("common.concurrentEdit");
        assertThat(matchReview.proposals(runId)).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MatchStatus.OFFERED));
    }

    @Test
    void a_rejected_pair_is_excluded_and_a_later_run_replaces_proposals_still_waiting() {
        ProviderRef provider = ProviderRef.volunteer(volunteer.id());
        String first = recordProposal(provider);
        String second = recordProposal(firmProvider());
        signIn(coordinator);
        assertThat(matchReview.proposals(first)).isEmpty();
        MatchView waiting = matchReview.proposals(second).get(0);
        matchReview.reject(waiting.id(), "Cette firme a déjà trois projets avec cet organisme", waiting.version());
        assertThat(decisions.excluded()).contains(new org.jumelage.matching.SeatProvider(project.id(), seatId(),
                firmProvider()));
        String third = recordOpenSeat();
        assertThat(matchReview.openSeats(third)).singleElement()
                .satisfies(s -> assertThat(s.seatTitle()).isEqualTo("Analyste de données"));
        assertThat(matchReview.proposals(second)).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MatchStatus.REJECTED));
    }
}
