package org.jumelage.matching.runs.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.matching.OpenSeat;
import org.jumelage.matching.ProposedMatch;
import org.jumelage.matching.Reason;
import org.jumelage.matching.explain.ReasonTexts;
import org.jumelage.matching.review.ui.Reasons;
import org.jumelage.matching.config.MatchingConfigException;
import org.jumelage.matching.runs.MatchingRun;
import org.jumelage.matching.runs.MatchingRunException;
import org.jumelage.matching.runs.MatchingRuns;
import org.jumelage.matching.runs.RunProgress;
import org.jumelage.matching.runs.RunScope;
import org.jumelage.matching.runs.RunStatus;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.validation.RefusalException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * Coordinators start a matching run on a scope, follow its progress live (server push: best score,
 * elapsed time, hours matched, seats filled, the score over time), stop it early, see past runs,
 * start an interrupted run again, and read a finished run's proposals and open seats with their
 * reasons, with a link to the review and the JSON downloads.
 */
@Route("coordination/matching")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.matching", order = 35, icon = "vaadin:connect")
public class MatchingRunsView extends Main implements HasDynamicTitle {

    enum ScopeKind {
        ALL,
        REGION,
        SECTOR
    }

    final Select<ScopeKind> scopeKind = new Select<>();
    final Select<Region> region = new Select<>();
    final Select<Sector> sector = new Select<>();
    final IntegerField seconds = new IntegerField();
    final Button start = new Button();
    final Button stop = new Button();

    final Div live = new Div();
    final H2 liveTitle = new H2();
    final Paragraph liveStatus = new Paragraph();
    final Paragraph bestScore = new Paragraph();
    final Paragraph elapsed = new Paragraph();
    final Paragraph hours = new Paragraph();
    final Paragraph seatsFilled = new Paragraph();
    final ScoreChart chart = new ScoreChart();

    final Grid<MatchingRun> past = new Grid<>();
    final Paragraph noRuns = new Paragraph();

    final Div summary = new Div();

    private final transient MatchingRuns runs;
    private final transient ReasonTexts texts;
    private String shownRunId;
    private transient Runnable unsubscribe;
    private final java.util.List<MatchingRun.Sample> liveSamples = new java.util.ArrayList<>();

    public MatchingRunsView(MatchingRuns runs, ReasonTexts texts) {
        this.runs = runs;
        this.texts = texts;
        addClassName("page");
        setId("matching-runs-view");

        scopeKind.setId("matching-scope");
        scopeKind.setLabel(getTranslation("matchingRun.scope"));
        scopeKind.setItems(ScopeKind.values());
        scopeKind.setItemLabelGenerator(k -> getTranslation("matchingRun.scope." + k.name().toLowerCase()));
        scopeKind.setValue(ScopeKind.ALL);
        region.setId("matching-region");
        region.setLabel(getTranslation("matchingRun.region"));
        region.setItems(Region.values());
        region.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        sector.setId("matching-sector");
        sector.setLabel(getTranslation("matchingRun.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        scopeKind.addValueChangeListener(e -> scopeChanged());
        seconds.setId("matching-seconds");
        seconds.setLabel(getTranslation("matchingRun.seconds"));
        seconds.setMin(1);
        seconds.setStepButtonsVisible(true);
        start.setId("matching-start");
        start.setText(getTranslation("matchingRun.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startRun());
        stop.setId("matching-stop");
        stop.setText(getTranslation("matchingRun.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> stopRun());
        scopeChanged();

        HorizontalLayout form = new HorizontalLayout(scopeKind, region, sector, seconds, start, stop);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        live.setId("matching-live");
        live.add(liveTitle, liveStatus, bestScore, elapsed, hours, seatsFilled, chart);
        liveTitle.setText(getTranslation("matchingRun.current"));
        liveStatus.setId("matching-live-status");
        bestScore.setId("matching-best-score");
        elapsed.setId("matching-elapsed");
        hours.setId("matching-hours");
        seatsFilled.setId("matching-seats");

        past.setId("matching-past");
        past.setAllRowsVisible(true);
        past.addColumn(r -> when(r.getQueuedAt())).setHeader(getTranslation("matchingRun.column.queuedAt"))
                .setAutoWidth(true);
        past.addColumn(r -> getTranslation(r.getStatus().translationKey()))
                .setHeader(getTranslation("matchingRun.column.status")).setAutoWidth(true);
        past.addColumn(this::scopeLabel).setHeader(getTranslation("matchingRun.column.scope")).setAutoWidth(true);
        past.addColumn(r -> r.getScore() == null ? "" : r.getScore())
                .setHeader(getTranslation("matchingRun.column.score")).setAutoWidth(true);
        past.addColumn(MatchingRun::getHoursMatched).setHeader(getTranslation("matchingRun.column.hours"))
                .setAutoWidth(true);
        past.addColumn(MatchingRun::getSeatsFilled).setHeader(getTranslation("matchingRun.column.seats"))
                .setAutoWidth(true);
        past.addComponentColumn(this::actions).setHeader(getTranslation("matchingRun.column.actions"))
                .setAutoWidth(true);
        noRuns.setId("matching-no-runs");
        noRuns.setText(getTranslation("matchingRun.none"));

        summary.setId("matching-summary");

        add(new H1(getTranslation("matchingRun.title")), new Paragraph(getTranslation("matchingRun.intro")), form,
                live, new H2(getTranslation("matchingRun.past")), noRuns, past, summary);
        refresh();
    }

    private void scopeChanged() {
        region.setVisible(scopeKind.getValue() == ScopeKind.REGION);
        sector.setVisible(scopeKind.getValue() == ScopeKind.SECTOR);
    }

    RunScope scope() {
        return switch (scopeKind.getValue() == null ? ScopeKind.ALL : scopeKind.getValue()) {
            case REGION -> RunScope.region(region.getValue());
            case SECTOR -> RunScope.sector(sector.getValue());
            default -> RunScope.all();
        };
    }

    void startRun() {
        try {
            MatchingRun run = runs.start(scope(), seconds.getValue());
            shownRunId = run.getId();
            liveSamples.clear();
            chart.show(List.of(), "");
            notify(getTranslation("matchingRun.started"), NotificationVariant.LUMO_SUCCESS);
            showLive(new RunProgress(run.getId(), RunStatus.QUEUED, null, 0, 0, run.getTotalHours(), 0,
                    run.getSeats()));
            refresh();
        } catch (MatchingConfigException e) {
            notify(getTranslation(e.messageKey(), e.file(), e.problem()), NotificationVariant.LUMO_ERROR);
        } catch (MatchingRunException e) {
            notify(getTranslation(e.messageKey(), e.args()), NotificationVariant.LUMO_ERROR);
        } catch (RefusalException e) {
            notify(getTranslation(e.messageKey()), NotificationVariant.LUMO_ERROR);
        }
    }

    void stopRun() {
        String runId = currentRunId();
        if (runId == null) {
            return;
        }
        try {
            runs.stop(runId);
            notify(getTranslation("matchingRun.stopAsked"), NotificationVariant.LUMO_SUCCESS);
        } catch (MatchingRunException e) {
            notify(getTranslation(e.messageKey(), e.args()), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    void restart(MatchingRun run) {
        try {
            runs.restart(run.getId());
            liveSamples.clear();
            notify(getTranslation("matchingRun.restarted"), NotificationVariant.LUMO_SUCCESS);
        } catch (MatchingConfigException e) {
            notify(getTranslation(e.messageKey(), e.file(), e.problem()), NotificationVariant.LUMO_ERROR);
        } catch (MatchingRunException e) {
            notify(getTranslation(e.messageKey(), e.args()), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private String currentRunId() {
        return runs.recent(20).stream().filter(r -> r.getStatus().isActive()).map(MatchingRun::getId).findFirst()
                .orElse(null);
    }

    /** Re-reads the runs: the current one (if any) in the live panel, the list, and the shown summary. */
    void refresh() {
        List<MatchingRun> recent = runs.recent(20);
        past.setItems(recent);
        past.setVisible(!recent.isEmpty());
        noRuns.setVisible(recent.isEmpty());
        MatchingRun current = recent.stream().filter(r -> r.getStatus().isActive()).findFirst().orElse(null);
        start.setEnabled(current == null);
        stop.setEnabled(current != null && current.getStatus() != RunStatus.STOPPING);
        if (current != null) {
            live.setVisible(true);
            if (liveSamples.isEmpty()) {
                liveSamples.addAll(current.getProgress());
            }
            showLive(new RunProgress(current.getId(), current.getStatus(), current.getScore(),
                    current.getElapsedMillis(), current.getHoursMatched(), current.getTotalHours(),
                    current.getSeatsFilled(), current.getSeats()));
        } else {
            live.setVisible(false);
            recent.stream().findFirst().filter(r -> shownRunId == null).ifPresent(r -> shownRunId = r.getId());
        }
        // While a run works, its live panel stands in for the summary of an earlier one.
        showSummary(current != null || shownRunId == null ? null : runs.find(shownRunId).orElse(null));
    }

    void showLive(RunProgress progress) {
        live.setVisible(true);
        liveStatus.setText(getTranslation(progress.status().translationKey()));
        bestScore.setText(getTranslation("matchingRun.bestScore", progress.score() == null ? "—" : progress.score()));
        elapsed.setText(getTranslation("matchingRun.elapsed", progress.elapsedMillis() / 1000));
        hours.setText(getTranslation("matchingRun.hours", progress.hoursMatched(), progress.totalHours()));
        seatsFilled.setText(getTranslation("matchingRun.seats", progress.seatsFilled(), progress.seats()));
        if (!liveSamples.isEmpty()) {
            MatchingRun.Sample first = liveSamples.get(0);
            MatchingRun.Sample last = liveSamples.get(liveSamples.size() - 1);
            chart.show(liveSamples, getTranslation("matchingRun.chart.description", first.score(), last.score(),
                    last.elapsedMillis() / 1000));
        }
    }

    /** Called on the solver's thread: hand the progress to this view's UI. */
    void onProgress(UI ui, RunProgress progress) {
        ui.access(() -> {
            if (progress.score() != null && progress.status() == RunStatus.RUNNING) {
                liveSamples.add(new MatchingRun.Sample(progress.elapsedMillis(), progress.score(),
                        progress.hoursMatched(), progress.seatsFilled()));
            }
            showLive(progress);
            if (!progress.status().isActive()) {
                shownRunId = progress.runId();
                liveSamples.clear();
                refresh();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        unsubscribe = runs.subscribe(progress -> onProgress(ui, progress));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        super.onDetach(event);
    }

    // ---- past runs and the summary ------------------------------------------------------------

    private HorizontalLayout actions(MatchingRun run) {
        HorizontalLayout actions = new HorizontalLayout();
        Button show = new Button(getTranslation("matchingRun.show"), e -> {
            shownRunId = run.getId();
            showSummary(runs.find(run.getId()).orElse(null));
        });
        show.setId("matching-show-" + run.getId());
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(show);
        if (run.getStatus().isRestartable()) {
            Button again = new Button(getTranslation("matchingRun.restart"), e -> restart(run));
            again.setId("matching-restart-" + run.getId());
            again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(again);
        }
        return actions;
    }

    void showSummary(MatchingRun run) {
        summary.removeAll();
        if (run == null || run.getStatus().isActive()) {
            return;
        }
        summary.add(new H2(getTranslation("matchingRun.summary", when(run.getQueuedAt()))));
        Paragraph status = new Paragraph(getTranslation(run.getStatus().translationKey()));
        status.setId("matching-summary-status");
        summary.add(status);
        if (run.getStatus() == RunStatus.FAILED) {
            summary.add(new Paragraph(getTranslation("matchingRun.summary.failure", run.getFailure())));
        }
        Paragraph figures = new Paragraph(getTranslation("matchingRun.summary.figures",
                run.getScore() == null ? "—" : run.getScore(), run.getHoursMatched(), run.getTotalHours(),
                run.getSeatsFilled(), run.getSeats(), String.valueOf(run.getSeed())));
        figures.setId("matching-summary-figures");
        summary.add(figures);

        HorizontalLayout links = new HorizontalLayout();
        links.setWrap(true);
        if (run.getStatus() == RunStatus.COMPLETED || run.getStatus() == RunStatus.STOPPED) {
            Anchor review = new Anchor("coordination/matching/review/" + run.getId(),
                    getTranslation("matchingRun.review"));
            review.setId("matching-review-link");
            links.add(review);
        }
        links.add(download("matching-download-problem", "matchingRun.download.problem", run.getId(), "problem",
                MatchingRun::getProblemJson));
        if (run.getSolutionJson() != null) {
            links.add(download("matching-download-solution", "matchingRun.download.solution", run.getId(),
                    "solution", MatchingRun::getSolutionJson));
        }
        summary.add(links);

        if (run.getStatus() == RunStatus.COMPLETED || run.getStatus() == RunStatus.STOPPED) {
            summary.add(new H3(getTranslation("matchingRun.proposals")));
            if (run.getProposals().isEmpty()) {
                summary.add(new Paragraph(getTranslation("matchingRun.proposals.none")));
            } else {
                Grid<ProposedMatch> proposals = new Grid<>();
                proposals.setId("matching-proposals");
                proposals.setAllRowsVisible(true);
                proposals.addColumn(p -> run.projectTitle(p.projectId()))
                        .setHeader(getTranslation("matchingRun.column.project")).setAutoWidth(true);
                proposals.addColumn(ProposedMatch::seatId).setHeader(getTranslation("matchingRun.column.seat"))
                        .setAutoWidth(true);
                proposals.addColumn(p -> run.providerName(p.provider()))
                        .setHeader(getTranslation("matchingRun.column.provider")).setAutoWidth(true);
                proposals.addColumn(ProposedMatch::hours).setHeader(getTranslation("matchingRun.column.hours"))
                        .setAutoWidth(true);
                proposals.addComponentColumn(p -> reasons(p.reasons()))
                        .setHeader(getTranslation("matchingRun.column.reasons")).setFlexGrow(3);
                proposals.setItems(run.getProposals());
                summary.add(proposals);
            }
            summary.add(new H3(getTranslation("matchingRun.openSeats")));
            if (run.getOpenSeats().isEmpty()) {
                summary.add(new Paragraph(getTranslation("matchingRun.openSeats.none")));
            } else {
                Grid<OpenSeat> open = new Grid<>();
                open.setId("matching-open-seats");
                open.setAllRowsVisible(true);
                open.addColumn(s -> run.projectTitle(s.projectId()))
                        .setHeader(getTranslation("matchingRun.column.project")).setAutoWidth(true);
                open.addColumn(OpenSeat::seatId).setHeader(getTranslation("matchingRun.column.seat"))
                        .setAutoWidth(true);
                open.addColumn(OpenSeat::hours).setHeader(getTranslation("matchingRun.column.hours"))
                        .setAutoWidth(true);
                open.addComponentColumn(s -> reasons(s.reasons()))
                        .setHeader(getTranslation("matchingRun.column.reasons")).setFlexGrow(3);
                open.setItems(run.getOpenSeats());
                summary.add(open);
            }
            summary.add(new H3(getTranslation("matchingRun.breakdown")));
            Grid<MatchingRun.ConstraintLine> breakdown = new Grid<>();
            breakdown.setId("matching-breakdown");
            breakdown.setAllRowsVisible(true);
            breakdown.addColumn(MatchingRun.ConstraintLine::constraintId)
                    .setHeader(getTranslation("matchingRun.column.constraint")).setAutoWidth(true);
            breakdown.addColumn(MatchingRun.ConstraintLine::matches)
                    .setHeader(getTranslation("matchingRun.column.matches")).setAutoWidth(true);
            breakdown.addColumn(MatchingRun.ConstraintLine::score).setHeader(getTranslation("matchingRun.column.score"))
                    .setAutoWidth(true);
            breakdown.setItems(run.getBreakdown().stream().filter(l -> l.matches() > 0).toList());
            summary.add(breakdown);
        }
    }

    UnorderedList reasons(List<Reason> reasons) {
        return Reasons.list(this, texts, reasons);
    }

    private Anchor download(String id, String labelKey, String runId, String what,
            Function<MatchingRun, String> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            String json = runs.find(runId).map(content).orElse(null);
            if (json == null) {
                return DownloadResponse.error(404);
            }
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "matching-" + runId + "-" + what + ".json",
                    "application/json", bytes.length);
        }), getTranslation(labelKey));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private String scopeLabel(MatchingRun run) {
        RunScope scope = run.scope();
        if (scope.region() != null) {
            return getTranslation(scope.region().translationKey());
        }
        if (scope.sector() != null) {
            return getTranslation(scope.sector().translationKey());
        }
        return getTranslation("matchingRun.scope.all");
    }

    private String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("America/Toronto")).format(instant);
    }

    private void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matchingRun.title");
    }
}
