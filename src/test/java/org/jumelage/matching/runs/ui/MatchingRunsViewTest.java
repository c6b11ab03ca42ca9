package org.jumelage.matching.runs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.jumelage.matching.OpenSeat;
import org.jumelage.matching.ProposedMatch;
import org.jumelage.matching.explain.ReasonTexts;
import org.jumelage.matching.runs.MatchingRun;
import org.jumelage.matching.runs.MatchingRunsTestSupport;
import org.jumelage.matching.runs.RunStatus;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/** The coordinator's matching view, driven server-side with Karibu against the real services and database. */
class MatchingRunsViewTest extends MatchingRunsTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReasonTexts texts;

    @Override
    protected org.jumelage.shared.domain.Region region() {
        return org.jumelage.shared.domain.Region.NORD_DU_QUEBEC;
    }

    static World world;

    @BeforeEach
    void setUp() throws InterruptedException {
        if (world == null) {
            world = world();
        }
        signIn(coordinator());
        noRunInProgress();
        Karibu.start(context, Languages.FRENCH);
    }

    @AfterEach
    void tearDown() {
        Karibu.stop();
    }

    static <T> List<T> rows(Grid<T> grid) {
        List<T> found = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            found.add(GridKt._get(grid, i));
        }
        return found;
    }

    @Test
    void a_coordinator_starts_a_run_follows_it_and_reads_the_explained_summary() throws Exception {
        MatchingRunsView view = new MatchingRunsView(runs, texts);
        UI.getCurrent().add(view);
        view.scopeKind.setValue(MatchingRunsView.ScopeKind.REGION);
        assertThat(view.region.isVisible()).isTrue();
        assertThat(view.sector.isVisible()).isFalse();
        view.region.setValue(region());
        view.seconds.setValue(2);
        _click(view.start);
        NotificationsKt.expectNotifications("Le jumelage est lancé.");
        assertThat(view.live.isVisible()).isTrue();
        assertThat(view.start.isEnabled()).isFalse();
        assertThat(view.stop.isEnabled()).isTrue();

        MatchingRun run = runs.recent(1).get(0);
        assertThat(run.scope().region()).isEqualTo(region());
        MatchingRun done = awaitFinished(run.getId(), Duration.ofSeconds(60));
        assertThat(done.getStatus()).isEqualTo(RunStatus.COMPLETED);
        // The progress pushed from the solver's thread reaches the page (the run is stored as finished
        // just before the page is told, so wait for the page).
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.clientRoundtrip();
            return !view.live.isVisible();
        });
        assertThat(view.start.isEnabled()).isTrue();

        Paragraph figures = _get(view.summary, Paragraph.class, spec -> spec.withId("matching-summary-figures"));
        assertThat(figures.getText()).contains("40 heures jumelées sur 70").contains("graine " + done.getSeed());
        @SuppressWarnings("unchecked")
        Grid<ProposedMatch> proposals = _get(view.summary, Grid.class, spec -> spec.withId("matching-proposals"));
        ProposedMatch proposal = rows(proposals).stream().filter(p -> p.seatId().equals(world.firmSeat())).findFirst()
                .orElseThrow();
        String reasons = view.reasons(proposal.reasons()).getElement().getTextRecursively();
        assertThat(reasons).contains("Compétences au niveau demandé").contains("Nettoyage et préparation de données — avancé (requis : autonome)")
                .contains("Heures pro bono de " + world.firm().profile().name())
                .contains("petit organisme hors des grands centres");
        @SuppressWarnings("unchecked")
        Grid<OpenSeat> open = _get(view.summary, Grid.class, spec -> spec.withId("matching-open-seats"));
        OpenSeat seat = rows(open).stream().filter(s -> s.seatId().equals(world.volunteerSeat())).findFirst()
                .orElseThrow();
        assertThat(view.reasons(seat.reasons()).getElement().getTextRecursively())
                .contains("n’ont pas une compétence requise au niveau demandé").contains("Tableaux de bord Power BI au niveau expert ou plus");
        assertThat(_get(view.summary, com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("matching-review-link")).getHref())
                .isEqualTo("coordination/matching/review/" + done.getId());
        assertThat(rows(view.past)).extracting(MatchingRun::getId).contains(done.getId());
    }

    @Test
    void a_second_start_is_refused_with_a_message_while_a_run_holds_the_lock() throws Exception {
        MatchingRun first = runs.start(org.jumelage.matching.runs.RunScope.region(region()), 30);
        try {
            MatchingRunsView view = new MatchingRunsView(runs, texts);
            UI.getCurrent().add(view);
            assertThat(view.start.isEnabled()).isFalse();
            view.startRun();
            NotificationsKt.expectNotifications(
                    "Un jumelage est déjà en cours. Attendez qu’il se termine ou arrêtez-le, puis relancez.");
            _click(view.stop);
            NotificationsKt.expectNotifications("Le jumelage va s’arrêter avec le meilleur plan trouvé jusqu’ici.");
            assertThat(awaitFinished(first.getId(), Duration.ofSeconds(30)).getStatus()).isEqualTo(RunStatus.STOPPED);
        } finally {
            noRunInProgress();
        }
    }
}
