package org.jumelage.matching.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.matching.ProposedMatch;
import org.jumelage.matching.review.MatchStatus;
import org.jumelage.matching.review.MatchView;
import org.jumelage.matching.review.MatchingViewsSupport;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.i18n.Languages;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

/** The coordinators' review page, driven server-side with Karibu against the real services and database. */
class MatchReviewViewTest extends MatchingViewsSupport {

    private MatchReviewView open(String runId) {
        MatchReviewView view = shownTo(coordinator, () -> new MatchReviewView(matchReview, texts));
        view.load(runId);
        return view;
    }

    private static Div card(MatchReviewView view) {
        return _get(view.proposals, Div.class, spec -> spec.withClasses("match-card"));
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    private MatchView stored(String runId) {
        signIn(coordinator);
        return matchReview.proposals(runId).get(0);
    }

    @Test
    void a_proposal_shows_its_reasons_in_words_and_approving_it_sends_the_offer() {
        String runId = recordProposal(firmProvider());
        MatchReviewView view = open(runId);

        Div card = card(view);
        assertThat(text(card)).contains("Tableau de bord alimentaire — Analyste de données", "En attente de révision",
                "Compétences au niveau demandé : Tableaux de bord Power BI — expert (requis : avancé).",
                "entre le 4 janv. 2027 et le 29 mars 2027",
                "(Saguenay–Lac-Saint-Jean)");
        assertThat(text(card)).doesNotContain("data.power-bi", "2027-01-04", "SAGUENAY");
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.approveAll.isVisible()).isTrue();

        _click(_get(card, Button.class, spec -> spec.withClasses("match-approve")));

        assertThat(view.problem.isVisible()).isFalse();
        assertThat(text(card(view))).contains("Offre envoyée, en attente des réponses");
        assertThat(_find(card(view), Button.class, spec -> spec.withClasses("match-approve"))).isEmpty();
        assertThat(view.approveAll.isVisible()).isFalse();
        assertThat(stored(runId).status()).isEqualTo(MatchStatus.OFFERED);
    }

    @Test
    void a_rejection_asks_for_a_reason_and_shows_it_on_the_card() {
        String runId = recordProposal(firmProvider());
        MatchReviewView view = open(runId);

        _click(_get(card(view), Button.class, spec -> spec.withClasses("match-reject")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("match-reject-reason"));
        _click(_get(Button.class, spec -> spec.withId("match-reject-confirm")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Indiquez pourquoi la proposition est rejetée.");
        assertThat(stored(runId).status()).isEqualTo(MatchStatus.PROPOSED);

        reason.setValue("La firme travaille déjà pour le bailleur de fonds de cet organisme.");
        _click(_get(Button.class, spec -> spec.withId("match-reject-confirm")));

        assertThat(text(card(view))).contains("Rejetée",
                "Rejetée : La firme travaille déjà pour le bailleur de fonds de cet organisme.");
        assertThat(_find(card(view), Button.class, spec -> spec.withClasses("match-reject"))).isEmpty();
        assertThat(stored(runId).status()).isEqualTo(MatchStatus.REJECTED);
    }

    @Test
    void approve_all_approves_every_waiting_proposal_of_the_run() {
        ProjectView second = secondOpenProject();
        String runId = "run-" + java.util.UUID.randomUUID();
        decisions.recordRun(runId, List.of(
                new ProposedMatch(project.id(), seatId(), firmProvider(), 60, reasons()),
                new ProposedMatch(second.id(), second.content().seats().get(0).id(),
                        org.jumelage.firms.ProviderRef.volunteer(volunteer.id()), 60, reasons())), List.of());
        MatchReviewView view = open(runId);
        assertThat(_find(view.proposals, Div.class, spec -> spec.withClasses("match-card"))).hasSize(2);

        _click(view.approveAll);

        assertThat(view.problem.isVisible()).isFalse();
        assertThat(view.approveAll.isVisible()).isFalse();
        assertThat(_find(view.proposals, Div.class, spec -> spec.withClasses("match-card")))
                .allSatisfy(c -> assertThat(text(c)).contains("Offre envoyée, en attente des réponses"));
        signIn(coordinator);
        assertThat(matchReview.proposals(runId)).extracting(MatchView::status)
                .containsOnly(MatchStatus.OFFERED);
    }

    @Test
    void a_proposal_another_coordinator_decided_meanwhile_is_refused_with_a_message() {
        String runId = recordProposal(firmProvider());
        MatchReviewView view = open(runId);
        MatchView shown = stored(runId);
        signIn(person(Role.COORDINATOR, Locale.FRENCH, "Autre coordonnatrice"));
        matchReview.reject(shown.id(), "Pas cette firme", shown.version());
        signIn(coordinator);

        _click(_get(card(view), Button.class, spec -> spec.withClasses("match-approve")));

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).isEqualTo("Quelqu’un d’autre a modifié cette fiche pendant que vous "
                + "l’éditiez. Rechargez la page pour voir sa version, puis refaites votre changement.");
        // The page shows the decision that won.
        assertThat(text(card(view))).contains("Rejetée : Pas cette firme");
        assertThat(stored(runId).status()).isEqualTo(MatchStatus.REJECTED);
    }

    @Test
    void open_seats_and_an_english_reader_get_the_reasons_in_english() {
        String runId = recordOpenSeat();
        UI.getCurrent().setLocale(Languages.ENGLISH);
        MatchReviewView view = open(runId);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.approveAll.isVisible()).isFalse();
        assertThat(text(view.openSeats)).contains("4 of 5 providers lack a required skill at its level; most often "
                + "Power BI dashboards at the advanced level or above.");
        assertThat(text(view.openSeats)).doesNotContain("data.power-bi", "ADVANCED");
    }

    @Test
    void without_a_run_the_page_shows_the_latest_run_with_proposals_waiting() {
        String runId = recordProposal(firmProvider());
        MatchReviewView view = open(null);

        assertThat(text(view.proposals)).contains("Tableau de bord alimentaire — Analyste de données");
        signIn(coordinator);
        assertThat(matchReview.latestRunWithProposals()).contains(runId);
    }

    /** Another open project of the same organisation, so one run can propose two seats. */
    private ProjectView secondOpenProject() {
        signIn(osblMember);
        ProjectView draft = projects.create(draft("Inventaire des dons"));
        ProjectView sent = projects.submit(draft.id(), draft.version());
        signIn(coordinator);
        ProjectView open = projects.approve(sent.id(), "Bien cadré", sent.version());
        signOut();
        return open;
    }
}
