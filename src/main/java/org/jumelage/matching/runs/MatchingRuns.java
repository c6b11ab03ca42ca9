package org.jumelage.matching.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.matching.MatchDecisions;
import org.jumelage.matching.config.MatchingConfig;
import org.jumelage.matching.config.MatchingConfigLoader;
import org.jumelage.matching.explain.MatchExplainer;
import org.jumelage.matching.json.MatchingJson;
import org.jumelage.matching.solver.GreedyBaseline;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.MatchingSolver;
import org.jumelage.matching.solver.Provider;
import org.jumelage.matching.solver.ScoreBreakdown;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.storage.EmbeddedStore;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.io.jaxb.SolverConfigIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Matching runs, for coordinators. {@link #start} loads the configuration (an invalid file refuses
 * the run, naming it), takes the cluster-wide ShedLock lock {@value #LOCK} (refused while another run
 * holds it, on any node), assembles the problem from the stores and stores the run; the solver then
 * works on a background thread. The lock is held for the run's whole duration: it is taken for
 * {@link #LOCK_FOR} and extended every {@link #HEARTBEAT}, with the run's heartbeat, so a node that
 * dies frees it within {@link #LOCK_FOR}. Each new best plan is published to the listeners and stored
 * (at most once a {@link #SAVE_EVERY}); at the end the proposals and open seats, with their reasons,
 * are stored and handed to {@link MatchDecisions#recordRun}. At start-up, runs that a stopped node left
 * queued or running are marked {@link RunStatus#INTERRUPTED} (on the embedded store, which no other node
 * shares, at once: the lock a killed process left is released first); {@link #restart} starts such a run
 * again with the same scope and seed.
 */
@Service
public class MatchingRuns {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingRuns.class);

    static final String LOCK = "matching-run";
    /** The collection of ShedLock's {@code MongoLockProvider} (its default name). */
    static final String LOCK_COLLECTION = "shedLock";
    static final Duration LOCK_FOR = Duration.ofMinutes(2);
    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    static final Duration SAVE_EVERY = Duration.ofSeconds(1);
    /** A run whose heartbeat is older than this is taken for dead when the lock cannot tell. */
    static final Duration STALE = LOCK_FOR.plus(HEARTBEAT);
    static final int MAX_SAMPLES = 200;

    private final MatchingRunRepository runs;
    private final MongoTemplate mongo;
    private final ProblemAssembler assembler;
    private final MatchingConfigLoader configLoader;
    private final MatchDecisions decisions;
    private final LockProvider locks;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** Present when the store is the embedded one, which no other node can be using. */
    private final EmbeddedStore embeddedStore;
    private final String node = UUID.randomUUID().toString();
    private final SecureRandom random = new SecureRandom();
    private final List<Consumer<RunProgress>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService solving = Executors.newSingleThreadExecutor(r -> daemon(r, "matching-run"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "matching-run-heartbeat"));
    private final AtomicReference<Active> active = new AtomicReference<>();

    /** The run this node is solving. */
    private static final class Active {
        final String runId;
        volatile Solver<MatchingProblem> solver;
        volatile SimpleLock lock;
        volatile boolean stopRequested;

        Active(String runId, SimpleLock lock) {
            this.runId = runId;
            this.lock = lock;
        }
    }

    private final AuditTrail audit;

    public MatchingRuns(MatchingRunRepository runs, MongoTemplate mongo, ProblemAssembler assembler,
            MatchingConfigLoader configLoader, MatchDecisions decisions, LockProvider locks, CurrentUser currentUser,
            Clock clock, AuditTrail audit, @Nullable EmbeddedStore embeddedStore) {
        this.audit = audit;
        this.embeddedStore = embeddedStore;
        this.runs = runs;
        this.mongo = mongo;
        this.assembler = assembler;
        this.configLoader = configLoader;
        this.decisions = decisions;
        this.locks = locks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    // ---- starting ---------------------------------------------------------------------------------

    /** Starts a run on the scope with the configured time limit. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public MatchingRun start(RunScope scope) {
        return start(scope, null);
    }

    /**
     * Starts a run on the scope; {@code seconds} (optional) shortens the time limit, never beyond
     * {@code run.max-seconds}.
     */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public MatchingRun start(RunScope scope, Integer seconds) {
        return launch(scope == null ? RunScope.all() : scope, random.nextLong(), seconds, null);
    }

    /** Starts an interrupted (or failed) run again: a new run with the same scope, seed and time limit. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public MatchingRun restart(String runId) {
        MatchingRun previous = runs.findById(runId == null ? "" : runId)
                .orElseThrow(() -> new MatchingRunException("matchingRun.notFound"));
        if (!previous.getStatus().isRestartable()) {
            throw new MatchingRunException("matchingRun.notRestartable");
        }
        return launch(previous.scope(), previous.getSeed(), previous.getSecondsLimit(), previous.getId());
    }

    private MatchingRun launch(RunScope scope, long seed, Integer seconds, String restartOf) {
        MatchingConfig config = configLoader.load();
        Integer limit = seconds == null ? null : Math.max(1, Math.min(seconds, config.settings().maxSeconds()));
        SimpleLock lock = locks.lock(new LockConfiguration(Instant.now(), LOCK, LOCK_FOR, Duration.ZERO))
                .orElseThrow(() -> new MatchingRunException("matchingRun.busy"));
        try {
            ProblemAssembler.Assembly assembly = assembler.assemble(scope, config.settings(), decisions.pinned(),
                    decisions.excluded(), decisions.settled());
            MatchingProblem problem = assembly.problem();
            MatchingRun run = new MatchingRun(scope, currentUser.requireId(), clock.instant(), node, seed, limit,
                    restartOf);
            Map<String, String> names = new LinkedHashMap<>();
            for (Provider provider : problem.getProviders()) {
                names.put(key(provider.getId()), provider.displayName());
            }
            run.describeInput(config.solverConfigSource(), xml(config.solverConfig()), config.settingsSource(),
                    settingsText(), MatchingJson.toJson(problem), problem.getSeats().size(),
                    problem.getProviders().size(), problem.totalHours(), assembly.projectTitles(), names);
            MatchingRun stored = runs.insert(run);
            audit.record(AuditAction.MATCHING_RUN_STARTED, AuditTarget.MATCHING_RUN, stored.getId(),
                    restartOf == null ? null : "restart of " + restartOf);
            Active current = new Active(stored.getId(), lock);
            active.set(current);
            SolverConfig solverConfig = MatchingSolver.configure(config.solverConfig(), seed, limit, null);
            solving.submit(() -> solve(current, assembly, solverConfig));
            return stored;
        } catch (RuntimeException e) {
            active.set(null);
            unlock(lock);
            throw e;
        }
    }

    /** Map keys may not hold dots in MongoDB; provider ids do not, but keep it safe. */
    static String key(String providerId) {
        return providerId.replace('.', '\uff0e');
    }

    private static String xml(SolverConfig config) {
        StringWriter writer = new StringWriter();
        new SolverConfigIO().write(config, writer);
        return writer.toString();
    }

    private String settingsText() {
        Path file = configLoader.directory() == null ? null
                : configLoader.directory().resolve(MatchingConfigLoader.SETTINGS);
        try {
            if (file != null && Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = MatchingRuns.class.getClassLoader()
                    .getResourceAsStream("matching/" + MatchingConfigLoader.SETTINGS)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        }
    }

    // ---- solving ------------------------------------------------------------------------------

    private void solve(Active current, ProblemAssembler.Assembly assembly, SolverConfig solverConfig) {
        String runId = current.runId;
        var beat = heartbeat.scheduleAtFixedRate(() -> beat(current), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        // A stop asked while the solver was starting would be lost (solving resets it): repeat it.
        var stopper = heartbeat.scheduleWithFixedDelay(() -> {
            Solver<MatchingProblem> solver = current.solver;
            if (current.stopRequested && solver != null && solver.isSolving()) {
                solver.terminateEarly();
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
        MatchingProblem problem = assembly.problem();
        List<MatchingRun.Sample> samples = new ArrayList<>();
        long[] lastSaved = {0};
        try {
            Instant started = clock.instant();
            mongo.updateFirst(byId(runId).addCriteria(Criteria.where("status").is(RunStatus.QUEUED)),
                    new Update().set("status", RunStatus.RUNNING).set("startedAt", started)
                            .set("heartbeatAt", clock.instant()), MatchingRun.class);
            publish(new RunProgress(runId, RunStatus.RUNNING, null, 0, 0, problem.totalHours(), 0,
                    problem.getSeats().size()));
            Solver<MatchingProblem> solver = SolverFactory.<MatchingProblem>create(solverConfig).buildSolver();
            current.solver = solver;
            solver.addEventListener(event -> {
                MatchingProblem best = event.getNewBestSolution();
                HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
                if (!score.isSolutionInitialized()) {
                    return;
                }
                MatchingRun.Sample sample = new MatchingRun.Sample(event.getTimeMillisSpent(), score.toString(),
                        best.matchedHours(), best.seatsFilled());
                synchronized (samples) {
                    samples.add(sample);
                    if (samples.size() > MAX_SAMPLES) {
                        thin(samples);
                    }
                }
                publish(new RunProgress(runId, current.stopRequested ? RunStatus.STOPPING : RunStatus.RUNNING,
                        sample.score(), sample.elapsedMillis(), sample.hoursMatched(), problem.totalHours(),
                        sample.seatsFilled(), problem.getSeats().size()));
                long now = System.currentTimeMillis();
                if (now - lastSaved[0] >= SAVE_EVERY.toMillis()) {
                    lastSaved[0] = now;
                    List<MatchingRun.Sample> copy;
                    synchronized (samples) {
                        copy = List.copyOf(samples);
                    }
                    mongo.updateFirst(byId(runId), new Update().set("progress", copy).set("score", sample.score())
                            .set("hoursMatched", sample.hoursMatched()).set("seatsFilled", sample.seatsFilled())
                            .set("elapsedMillis", sample.elapsedMillis()).set("heartbeatAt", clock.instant()),
                            MatchingRun.class);
                }
            });
            if (current.stopRequested || stopRequestedElsewhere(runId)) {
                current.stopRequested = true;
            }
            long begin = System.currentTimeMillis();
            // Stopped before the solver began: the greedy start is the best plan so far.
            MatchingProblem plan = current.stopRequested ? GreedyBaseline.solve(problem) : solver.solve(problem);
            long elapsed = System.currentTimeMillis() - begin;
            if (current.stopRequested && plan == problem) {
                // Stopped before the greedy start was built (the solver hands back its input): build it.
                plan = GreedyBaseline.solve(problem);
            }
            ScoreBreakdown breakdown = MatchingSolver.breakdown(plan);
            if (current.stopRequested && plan != problem) {
                // Stopped before the greedy start was complete: that start is the plan to beat.
                MatchingProblem greedy = GreedyBaseline.solve(problem);
                ScoreBreakdown greedyBreakdown = MatchingSolver.breakdown(greedy);
                if (greedyBreakdown.score().compareTo(breakdown.score()) > 0) {
                    plan = greedy;
                    breakdown = greedyBreakdown;
                }
            }
            MatchExplainer.Explained explained = MatchExplainer.explain(plan, assembly.providerRefs()::get);
            ByteArrayOutputStream solution = new ByteArrayOutputStream();
            MatchingJson.writeSolution(plan, breakdown, solution);
            RunStatus status = current.stopRequested ? RunStatus.STOPPED : RunStatus.COMPLETED;
            List<MatchingRun.ConstraintLine> lines = breakdown.constraints().stream()
                    .map(c -> new MatchingRun.ConstraintLine(c.constraint().id(), c.constraint().level().name(),
                            c.score().toString(), c.matches()))
                    .toList();
            List<MatchingRun.Sample> finalSamples;
            synchronized (samples) {
                finalSamples = List.copyOf(samples);
            }
            decisions.recordRun(runId, explained.proposals(), explained.openSeats());
            mongo.updateFirst(byId(runId), new Update().set("status", status).set("finishedAt", clock.instant())
                    .set("score", breakdown.score().toString()).set("feasible", breakdown.feasible())
                    .set("hoursMatched", breakdown.matchedHours()).set("seatsFilled", breakdown.seatsFilled())
                    .set("elapsedMillis", elapsed).set("progress", finalSamples).set("breakdown", lines)
                    .set("proposals", explained.proposals()).set("openSeats", explained.openSeats())
                    .set("solutionJson", solution.toString(StandardCharsets.UTF_8)), MatchingRun.class);
            publish(new RunProgress(runId, status, breakdown.score().toString(), elapsed, breakdown.matchedHours(),
                    breakdown.totalHours(), breakdown.seatsFilled(), breakdown.seats()));
        } catch (RuntimeException | IOException | Error e) {
            LOG.error("Matching run {} failed", runId, e);
            mongo.updateFirst(byId(runId), new Update().set("status", RunStatus.FAILED)
                    .set("finishedAt", clock.instant()).set("failure", String.valueOf(e.getMessage())),
                    MatchingRun.class);
            publish(new RunProgress(runId, RunStatus.FAILED, null, 0, 0, problem.totalHours(), 0,
                    problem.getSeats().size()));
        } finally {
            beat.cancel(false);
            stopper.cancel(false);
            active.compareAndSet(current, null);
            unlock(current.lock);
        }
    }

    private static void thin(List<MatchingRun.Sample> samples) {
        List<MatchingRun.Sample> kept = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            if (i % 2 == 0 || i == samples.size() - 1) {
                kept.add(samples.get(i));
            }
        }
        samples.clear();
        samples.addAll(kept);
    }

    /** Extends the lock, records the heartbeat, and honours a stop asked on another node. */
    private void beat(Active current) {
        try {
            current.lock.extend(LOCK_FOR, Duration.ZERO).ifPresent(extended -> current.lock = extended);
            mongo.updateFirst(byId(current.runId), new Update().set("heartbeatAt", clock.instant()),
                    MatchingRun.class);
            if (!current.stopRequested && stopRequestedElsewhere(current.runId)) {
                current.stopRequested = true;
                Solver<MatchingProblem> solver = current.solver;
                if (solver != null) {
                    solver.terminateEarly();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Heartbeat of matching run {} failed", current.runId, e);
        }
    }

    private boolean stopRequestedElsewhere(String runId) {
        return runs.findById(runId).map(r -> r.getStatus() == RunStatus.STOPPING).orElse(false);
    }

    private static void unlock(SimpleLock lock) {
        try {
            lock.unlock();
        } catch (RuntimeException e) {
            LOG.warn("Could not release the matching run lock", e);
        }
    }

    // ---- stopping -----------------------------------------------------------------------------

    /** Asks a running run to stop early: it finishes with the best plan found so far. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public void stop(String runId) {
        MatchingRun run = runs.findById(runId == null ? "" : runId)
                .orElseThrow(() -> new MatchingRunException("matchingRun.notFound"));
        if (run.getStatus() != RunStatus.RUNNING && run.getStatus() != RunStatus.QUEUED) {
            throw new MatchingRunException("matchingRun.notRunning");
        }
        mongo.updateFirst(byId(runId).addCriteria(Criteria.where("status").in(RunStatus.RUNNING, RunStatus.QUEUED)),
                new Update().set("status", RunStatus.STOPPING), MatchingRun.class);
        Active current = active.get();
        if (current != null && current.runId.equals(runId)) {
            current.stopRequested = true;
            Solver<MatchingProblem> solver = current.solver;
            if (solver != null) {
                solver.terminateEarly();
            }
        }
    }

    // ---- crash recovery -----------------------------------------------------------------------

    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        if (embeddedStore != null) {
            releaseLockLeftByEarlierProcess();
        }
        int marked = recoverInterrupted();
        if (marked > 0) {
            LOG.warn("{} matching run(s) were interrupted by a stop of the application", marked);
        }
    }

    /**
     * On the embedded store, the run lock held when the application starts was taken by an earlier
     * process of this store, killed while solving (a clean stop ends the run and frees it). Left alone it
     * would hold for up to {@link #LOCK_FOR}: its runs could not be marked interrupted and no run could
     * start. ShedLock keeps one document per lock name; removing it frees the lock.
     */
    private void releaseLockLeftByEarlierProcess() {
        if (active.get() == null) {
            long removed = mongo.remove(byId(LOCK), LOCK_COLLECTION).getDeletedCount();
            if (removed > 0) {
                LOG.info("Released the matching run lock left by an earlier process of the embedded store");
            }
        }
    }

    /**
     * Marks as interrupted the runs left queued, running or stopping by a node that stopped: all of
     * them when the run lock is free (no node is running one), else those whose heartbeat is stale.
     * Returns how many were marked.
     */
    public int recoverInterrupted() {
        List<MatchingRun> left = runs.findByStatusIn(EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING,
                RunStatus.STOPPING));
        if (left.isEmpty()) {
            return 0;
        }
        Optional<SimpleLock> free = active.get() != null ? Optional.empty()
                : locks.lock(new LockConfiguration(Instant.now(), LOCK, Duration.ofSeconds(30), Duration.ZERO));
        Active current = active.get();
        int marked = 0;
        try {
            Instant staleBefore = clock.instant().minus(STALE);
            for (MatchingRun run : left) {
                boolean ours = current != null && current.runId.equals(run.getId());
                boolean dead = free.isPresent()
                        || (run.getHeartbeatAt() != null && run.getHeartbeatAt().isBefore(staleBefore));
                if (!ours && dead) {
                    marked += (int) mongo.updateFirst(byId(run.getId()).addCriteria(Criteria.where("status")
                            .in(RunStatus.QUEUED, RunStatus.RUNNING, RunStatus.STOPPING)),
                            new Update().set("status", RunStatus.INTERRUPTED).set("finishedAt", clock.instant()),
                            MatchingRun.class).getModifiedCount();
                }
            }
        } finally {
            free.ifPresent(MatchingRuns::unlock);
        }
        return marked;
    }

    // ---- reading ------------------------------------------------------------------------------

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<MatchingRun> recent(int limit) {
        return runs.findByOrderByQueuedAtDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 200))));
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public Optional<MatchingRun> find(String runId) {
        return runId == null ? Optional.empty() : runs.findById(runId);
    }

    /** The run this node is solving, if any. */
    public Optional<String> activeRunId() {
        Active current = active.get();
        return current == null ? Optional.empty() : Optional.of(current.runId);
    }

    /** Hears every run's progress, on the solver's thread; the returned action unsubscribes. */
    public Runnable subscribe(Consumer<RunProgress> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void publish(RunProgress progress) {
        for (Consumer<RunProgress> listener : listeners) {
            try {
                listener.accept(progress);
            } catch (RuntimeException e) {
                LOG.debug("A matching progress listener failed", e);
            }
        }
    }

    private static Query byId(String runId) {
        return Query.query(Criteria.where("_id").is(runId));
    }

    @PreDestroy
    void shutdown() {
        Active current = active.get();
        if (current != null && current.solver != null) {
            current.solver.terminateEarly();
        }
        solving.shutdownNow();
        heartbeat.shutdownNow();
    }
}
