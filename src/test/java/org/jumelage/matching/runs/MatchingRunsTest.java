package org.jumelage.matching.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.firms.ProviderRef;
import org.jumelage.matching.MatchDecisions;
import org.jumelage.matching.OpenSeat;
import org.jumelage.matching.ProposedMatch;
import org.jumelage.matching.Reason;
import org.jumelage.matching.SeatProvider;
import org.jumelage.matching.config.MatchingConfigException;
import org.jumelage.matching.config.MatchingConfigLoader;
import org.jumelage.matching.solver.FirmObligation;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.Seat;
import org.jumelage.matching.solver.Volunteer;
import org.jumelage.shared.audit.AuditAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/** Problem assembly from the stores, and the run lifecycle: start, progress, stop, complete, one at a time, crash. */
class MatchingRunsTest extends MatchingRunsTestSupport {

    @Autowired
    org.jumelage.shared.audit.AuditTrail audit;
    @Autowired
    ProblemAssembler assembler;
    @Autowired
    MatchingConfigLoader configLoader;
    @Autowired
    MatchingRunRepository repository;
    @Autowired
    LockProvider locks;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MatchDecisions decisions;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    java.time.Clock appClock;

    /** One world for the class: the runs of its tests store no decision, so they leave it as it was. */
    static World world;

    @BeforeEach
    void aWorldAndNoRun() throws InterruptedException {
        if (world == null) {
            world = world();
        }
        signIn(coordinator());
        noRunInProgress();
    }

    private Seat seat(MatchingProblem problem, String seatId) {
        return problem.getSeats().stream()
                .filter(s -> s.projectId().equals(world.project().id()) && s.seatId().equals(seatId)).findFirst()
                .orElseThrow();
    }

    @Test
    void the_problem_is_assembled_from_projects_firms_volunteers_and_the_ledger() {
        ProblemAssembler.Assembly assembly = assembler.assemble(RunScope.region(region()),
                configLoader.load().settings(), Set.of(), Set.of(), Set.of());
        MatchingProblem problem = assembly.problem();

        Seat firmSeat = seat(problem, world.firmSeat());
        assertThat(firmSeat.hours()).isEqualTo(40);
        assertThat(firmSeat.window().start()).isEqualTo(today().plusDays(7));
        assertThat(firmSeat.window().end()).isEqualTo(today().plusDays(127));
        assertThat(firmSeat.personalData()).isFalse();
        assertThat(firmSeat.priority()).isEqualTo(org.jumelage.projects.Priority.URGENT);
        assertThat(firmSeat.organisation().regional()).isTrue();
        assertThat(firmSeat.organisation().small()).isTrue();
        assertThat(firmSeat.organisation().hoursReceivedLast12Months()).isZero();
        assertThat(assembly.projectTitles()).containsEntry(world.project().id(), world.project().title());
        // Only the scope's seats.
        assertThat(problem.getSeats()).allMatch(s -> s.organisation().region() == region());

        String obligationId = ProblemAssembler.providerId(ProviderRef.obligation(world.obligation().id()));
        FirmObligation obligation = (FirmObligation) problem.getProviders().stream()
                .filter(p -> p.getId().equals(obligationId)).findFirst().orElseThrow();
        assertThat(obligation.remainingHours()).isEqualTo(100);
        assertThat(obligation.skills()).containsEntry("data.cleaning", org.jumelage.shared.domain.SkillLevel.ADVANCED);
        assertThat(obligation.firm().monthlyCapacityHours()).isEqualTo(100);
        assertThat(firmSeat.getCandidates()).contains(obligation);

        String volunteerId = ProblemAssembler.providerId(ProviderRef.volunteer(world.volunteer().id()));
        Volunteer volunteer = (Volunteer) problem.getProviders().stream().filter(p -> p.getId().equals(volunteerId))
                .findFirst().orElseThrow();
        assertThat(volunteer.weeklyHours()).isEqualTo(8);
        assertThat(volunteer.maxConcurrentSeats()).isEqualTo(2);
        assertThat(assembly.providerRefs()).containsEntry(volunteerId, ProviderRef.volunteer(world.volunteer().id()));
    }

    @Test
    void decisions_pin_exclude_and_settle_seats() {
        ProviderRef obligation = ProviderRef.obligation(world.obligation().id());
        ProviderRef volunteer = ProviderRef.volunteer(world.volunteer().id());
        String project = world.project().id();
        MatchingProblem problem = assembler.assemble(RunScope.region(region()), configLoader.load().settings(),
                Set.of(new SeatProvider(project, world.firmSeat(), obligation)),
                Set.of(new SeatProvider(project, world.volunteerSeat(), volunteer)), Set.of()).problem();
        Seat pinned = seat(problem, world.firmSeat());
        assertThat(pinned.isPinned()).isTrue();
        assertThat(pinned.getProvider().getId()).isEqualTo(ProblemAssembler.providerId(obligation));
        Seat excluded = seat(problem, world.volunteerSeat());
        assertThat(excluded.excludedProviderIds()).containsExactly(ProblemAssembler.providerId(volunteer));
        assertThat(excluded.getCandidates()).noneMatch(p -> p.getId().equals(ProblemAssembler.providerId(volunteer)));

        MatchingProblem settled = assembler.assemble(RunScope.region(region()), configLoader.load().settings(), Set.of(),
                Set.of(), Set.of(new SeatProvider(project, world.firmSeat(), obligation))).problem();
        assertThat(settled.getSeats()).noneMatch(s -> s.projectId().equals(project) && s.seatId().equals(world.firmSeat()));
        assertThat(settled.getSeats()).anyMatch(s -> s.projectId().equals(project) && s.seatId().equals(world.volunteerSeat()));
    }

    @Test
    void a_run_reports_progress_completes_and_explains_its_proposals_and_open_seats() throws Exception {
        List<RunProgress> heard = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = runs.subscribe(heard::add);
        try {
            MatchingRun started = runs.start(RunScope.region(region()), 2);
            assertThat(started.getStatus()).isEqualTo(RunStatus.QUEUED);
            assertThat(started.getStartedBy()).isEqualTo(coordinator().id());
            assertThat(started.getProblemJson()).contains(world.project().id());
            assertThat(started.getSolverConfigXml()).contains("<solver");
            assertThat(started.getSettingsText()).contains("weight.skill-fit");

            // One at a time: a second start is refused while the first holds the lock.
            assertThatThrownBy(() -> runs.start(RunScope.all(), 2)).isInstanceOf(MatchingRunException.class)
                    .hasMessage("matchingRun.busy");

            MatchingRun run = awaitFinished(started.getId(), Duration.ofSeconds(60));
            assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.isFeasible()).isTrue();
            assertThat(run.getProgress()).isNotEmpty();
            assertThat(run.getBreakdown()).extracting(MatchingRun.ConstraintLine::constraintId)
                    .contains("unassigned-hours", "required-skills");
            assertThat(run.getSolutionJson()).isNotBlank();
            assertThat(run.getFinishedAt()).isNotNull();

            ProposedMatch proposal = run.getProposals().stream()
                    .filter(p -> p.projectId().equals(world.project().id()) && p.seatId().equals(world.firmSeat()))
                    .findFirst().orElseThrow();
            assertThat(proposal.provider()).isEqualTo(ProviderRef.obligation(world.obligation().id()));
            assertThat(proposal.hours()).isEqualTo(40);
            assertThat(proposal.reasons()).extracting(Reason::key).contains("matchreason.skills",
                    "matchreason.hoursFit", "matchreason.obligation", "matchreason.bonus.smallAndRegional",
                    "matchreason.bonus.underServed");
            Reason skills = proposal.reasons().stream().filter(r -> r.key().equals("matchreason.skills")).findFirst()
                    .orElseThrow();
            // Stored typed, so each reader sees skill names and levels in their own language.
            assertThat(skills.args().get(0)).isEqualTo("data.cleaning:ADVANCED:WORKING");
            assertThat(skills.kindOf(0)).isEqualTo(Reason.ArgKind.SKILL_LEVELS);
            Reason obligation = proposal.reasons().stream().filter(r -> r.key().equals("matchreason.obligation"))
                    .findFirst().orElseThrow();
            assertThat(obligation.args()).containsExactly(world.firm().profile().name(), "100",
                    today().plusDays(200).toString());

            OpenSeat open = run.getOpenSeats().stream()
                    .filter(s -> s.projectId().equals(world.project().id()) && s.seatId().equals(world.volunteerSeat()))
                    .findFirst().orElseThrow();
            Reason why = open.reasons().get(0);
            assertThat(why.key()).isEqualTo("matchreason.open.skills");
            assertThat(why.penalty()).isTrue();
            assertThat(why.args()).element(2).isEqualTo("data.power-bi");
            assertThat(why.args()).element(3).isEqualTo("EXPERT");
            assertThat(why.kindOf(2)).isEqualTo(Reason.ArgKind.SKILL);
            assertThat(why.kindOf(3)).isEqualTo(Reason.ArgKind.LEVEL);

            assertThat(heard).anyMatch(p -> p.runId().equals(run.getId()) && p.status() == RunStatus.RUNNING
                    && p.score() != null);
            assertThat(heard).anyMatch(p -> p.runId().equals(run.getId()) && p.status() == RunStatus.COMPLETED);
            assertThat(runs.activeRunId()).isEmpty();
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void a_run_on_another_node_holds_the_lock_and_refuses_a_start() {
        SimpleLock held = locks.lock(new LockConfiguration(Instant.now(), MatchingRuns.LOCK, Duration.ofMinutes(1),
                Duration.ZERO)).orElseThrow();
        try {
            assertThatThrownBy(() -> runs.start(RunScope.region(region()), 2)).isInstanceOf(MatchingRunException.class)
                    .hasMessage("matchingRun.busy");
            assertThat(repository.findAll()).noneMatch(r -> r.getStatus() == RunStatus.QUEUED);
        } finally {
            held.unlock();
        }
    }

    @Test
    void a_run_stopped_early_keeps_the_best_plan_so_far() throws Exception {
        MatchingRun started = runs.start(RunScope.region(region()), 60);
        assertThat(new org.jumelage.support.AuditEntries(mongo).of(AuditAction.MATCHING_RUN_STARTED, started.getId()))
                .singleElement().satisfies(e -> assertThat(e.actorId()).isEqualTo(coordinator().id()));
        awaitStatus(started.getId(), RunStatus.RUNNING, Duration.ofSeconds(30));
        runs.stop(started.getId());
        MatchingRun run = awaitFinished(started.getId(), Duration.ofSeconds(20));
        assertThat(run.getStatus()).isEqualTo(RunStatus.STOPPED);
        assertThat(run.getElapsedMillis()).isLessThan(30_000);
        assertThat(run.getScore()).isNotNull();
        assertThat(run.getProposals()).as("score %s, filled %s, seats %s, progress %s", run.getScore(), run.getSeatsFilled(), run.getSeats(), run.getProgress()).isNotEmpty();
        assertThatThrownBy(() -> runs.stop(run.getId())).isInstanceOf(MatchingRunException.class)
                .hasMessage("matchingRun.notRunning");
    }

    @Test
    void a_run_left_running_by_a_crash_is_marked_interrupted_and_can_be_started_again() throws Exception {
        MatchingRun crashed = new MatchingRun(RunScope.region(region()), coordinator().id(),
                appClock.instant().minusSeconds(600), "a-node-that-died", 424242L, 2, null);
        crashed = repository.insert(crashed);
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(crashed.getId())),
                new org.springframework.data.mongodb.core.query.Update().set("status", RunStatus.RUNNING),
                MatchingRun.class);
        assertThatThrownBy(() -> runs.restart(repository.findAll().stream().filter(r -> r.getStatus() == RunStatus.RUNNING)
                .findFirst().orElseThrow().getId())).isInstanceOf(MatchingRunException.class)
                .hasMessage("matchingRun.notRestartable");

        assertThat(runs.recoverInterrupted()).isGreaterThanOrEqualTo(1);
        MatchingRun interrupted = runs.find(crashed.getId()).orElseThrow();
        assertThat(interrupted.getStatus()).isEqualTo(RunStatus.INTERRUPTED);

        MatchingRun again = runs.restart(interrupted.getId());
        assertThat(again.getId()).isNotEqualTo(interrupted.getId());
        assertThat(again.getSeed()).isEqualTo(424242L);
        assertThat(again.getRestartOf()).isEqualTo(interrupted.getId());
        assertThat(again.scope()).isEqualTo(RunScope.region(region()));
        assertThat(awaitFinished(again.getId(), Duration.ofSeconds(60)).getStatus()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void an_invalid_configuration_refuses_the_run_and_names_the_file(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve(MatchingConfigLoader.SETTINGS), "weight.skill-fit=beaucoup\n");
        MatchingRuns misconfigured = new MatchingRuns(repository, mongo, assembler,
                new MatchingConfigLoader(directory), decisions, locks, currentUser, appClock, audit, null);
        long before = repository.count();
        assertThatThrownBy(() -> misconfigured.start(RunScope.region(region()), 2))
                .isInstanceOfSatisfying(MatchingConfigException.class, e -> {
                    assertThat(e.file()).endsWith(MatchingConfigLoader.SETTINGS);
                    assertThat(e.problem()).contains("weight.skill-fit");
                });
        assertThat(repository.count()).isEqualTo(before);
        // The lock was not taken: a normal run may start.
        MatchingRun run = runs.start(RunScope.region(region()), 1);
        awaitFinished(run.getId(), Duration.ofSeconds(60));
    }
}
