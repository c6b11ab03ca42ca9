package org.jumelage.matching.offers.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.firms.ProviderRef;
import org.jumelage.matching.review.MatchOfferFlowTest;
import org.jumelage.matching.review.MatchStatus;
import org.jumelage.matching.review.MatchView;
import org.jumelage.matching.review.MatchingViewsSupport;
import org.jumelage.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * "My offers" and the page an offer e-mail leads to, driven server-side with Karibu against the real
 * services, database and mail server: answering, a decline that needs a reason, and the messages
 * for a link that leads nowhere, to someone else's offer or to an expired one.
 */
class OfferViewsTest extends MatchingViewsSupport {

    private MyOffersView myOffers(Person person) {
        return shownTo(person, () -> new MyOffersView(offers, texts));
    }

    private OfferAnswerView answerPage(Person person, String token) {
        OfferAnswerView view = shownTo(person, () -> new OfferAnswerView(offers, texts));
        view.load(token);
        return view;
    }

    private static String tokenMailedTo(Person person) {
        String link = Mailbox.link(MatchOfferFlowTest.offerMailTo(person), "/offers/answer?token=");
        return UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private static OfferCard card(Component in) {
        return _get(in, OfferCard.class, spec -> { });
    }

    private MatchView stored(MatchView m) {
        signIn(coordinator);
        MatchView found = matchReview.proposals(m.runId()).get(0);
        return found;
    }

    @Test
    void both_sides_accept_in_my_offers_and_the_osbl_then_sees_the_volunteers_contact() {
        MatchView offered = approvedProposal(ProviderRef.volunteer(volunteer.id()));

        MyOffersView volunteerPage = myOffers(volunteer);
        assertThat(volunteerPage.empty.isVisible()).isFalse();
        assertThat(text(card(volunteerPage))).contains("Tableau de bord alimentaire — Analyste de données",
                "Offre envoyée, en attente des réponses", "Répondez avant le",
                "Réponse du fournisseur : pas encore", "Tableaux de bord Power BI — expert (requis : avancé)");
        _click(_get(card(volunteerPage), Button.class, spec -> spec.withClasses("offer-accept")));
        assertThat(text(card(volunteerPage))).contains("Réponse du fournisseur : acceptée",
                "Réponse de l’OSBL : pas encore");
        assertThat(_find(card(volunteerPage), Button.class, spec -> spec.withClasses("offer-accept"))).isEmpty();

        MyOffersView osblPage = myOffers(osblMember);
        _click(_get(card(osblPage), Button.class, spec -> spec.withClasses("offer-accept")));
        assertThat(text(card(osblPage))).contains("Acceptée par les deux parties",
                "Coordonnées de la personne bénévole : Valérie Bénévole, " + volunteer.email());
        assertThat(stored(offered).status()).isEqualTo(MatchStatus.ACCEPTED);
    }

    @Test
    void a_decline_needs_a_reason_and_then_closes_the_offer() {
        MatchView offered = approvedProposal(firmProvider());
        MyOffersView page = myOffers(firmMember);

        _click(_get(card(page), Button.class, spec -> spec.withClasses("offer-decline")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("offer-decline-reason"));
        _click(_get(Button.class, spec -> spec.withId("offer-decline-confirm")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Indiquez pourquoi vous déclinez.");
        assertThat(stored(offered).status()).isEqualTo(MatchStatus.OFFERED);

        signIn(firmMember);
        reason.setValue("Notre équipe est prise jusqu’en mars.");
        _click(_get(Button.class, spec -> spec.withId("offer-decline-confirm")));

        // A closed offer leaves "My offers".
        assertThat(page.empty.isVisible()).isTrue();
        assertThat(_find(page.list, OfferCard.class)).isEmpty();
        MatchView after = stored(offered);
        assertThat(after.status()).isEqualTo(MatchStatus.DECLINED);
        assertThat(after.providerAnswer().reason()).isEqualTo("Notre équipe est prise jusqu’en mars.");
    }

    @Test
    void the_mailed_link_shows_the_offer_to_its_addressee_who_accepts_it() {
        MatchView offered = approvedProposal(firmProvider());
        String token = tokenMailedTo(firmMember);

        OfferAnswerView page = answerPage(firmMember, token);
        assertThat(page.problem.isVisible()).isFalse();
        assertThat(text(page.content)).contains("Tableau de bord alimentaire — Analyste de données",
                "Réponse du fournisseur : pas encore");
        _click(_get(page.content, Button.class, spec -> spec.withClasses("offer-accept")));

        assertThat(text(page.content)).contains("Réponse du fournisseur : acceptée");
        assertThat(_find(page.content, Button.class, spec -> spec.withClasses("offer-accept"))).isEmpty();
        assertThat(stored(offered).providerAnswer().accepted()).isTrue();
    }

    @Test
    void a_link_that_leads_nowhere_or_to_someone_elses_offer_says_so() {
        approvedProposal(firmProvider());
        String token = tokenMailedTo(firmMember);

        OfferAnswerView invalid = answerPage(firmMember, "ce-jeton-n-existe-pas");
        assertThat(invalid.problem.isVisible()).isTrue();
        assertThat(invalid.problem.getText())
                .isEqualTo("Ce lien ne mène à aucune offre. Vérifiez que vous l’avez copié en entier.");
        assertThat(invalid.content.getChildren()).isEmpty();

        OfferAnswerView empty = answerPage(firmMember, "");
        assertThat(empty.problem.getText()).startsWith("Ce lien ne mène à aucune offre.");

        Person stranger = person(Role.FIRM_MEMBER, Locale.FRENCH, "Sacha Inconnu");
        OfferAnswerView notYours = answerPage(stranger, token);
        assertThat(notYours.problem.isVisible()).isTrue();
        assertThat(notYours.problem.getText()).isEqualTo("Cette offre ne vous est pas adressée.");
        assertThat(notYours.content.getChildren()).isEmpty();
    }

    @Test
    void an_expired_offer_refuses_an_answer_with_a_message_and_shows_it_expired() {
        MatchView offered = approvedProposal(firmProvider());
        String token = tokenMailedTo(firmMember);
        OfferAnswerView page = answerPage(firmMember, token);
        clock.advance(Duration.ofDays(8));

        _click(_get(page.content, Button.class, spec -> spec.withClasses("offer-accept")));
        OfferCard card = card(page.content);
        assertThat(card.problem.isVisible()).isTrue();
        assertThat(card.problem.getText()).isEqualTo("Cette offre a expiré.");
        assertThat(stored(offered).providerAnswer()).isNull();

        signOut();
        assertThat(offers.expireDue()).isGreaterThanOrEqualTo(1);
        OfferAnswerView later = answerPage(firmMember, token);
        assertThat(text(later.content)).contains("Expirée sans réponse");
        assertThat(_find(later.content, Button.class, spec -> spec.withClasses("offer-accept"))).isEmpty();
        assertThat(stored(offered).status()).isEqualTo(MatchStatus.EXPIRED);
    }
}
