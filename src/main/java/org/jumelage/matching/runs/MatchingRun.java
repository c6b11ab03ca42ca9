package org.jumelage.matching.runs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jumelage.matching.OpenSeat;
import org.jumelage.matching.ProposedMatch;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One matching run: its scope, who started it and when, its seed and configuration, its input
 * problem (JSON), and once finished its plan, score and score breakdown, with the proposals and open
 * seats it handed to the review. While it runs, progress samples record the best score over time.
 * Updated field by field ({@link MatchingRuns}), never saved whole after it is inserted.
 */
@Document("matching_runs")
public class MatchingRun {

    /** The best plan at one moment of the run. */
    public record Sample(long elapsedMillis, String score, long hoursMatched, long seatsFilled) {
    }

    /** One constraint's share of the final score. */
    public record ConstraintLine(String constraintId, String level, String score, int matches) {
    }

    @Id
    private String id;
    @Indexed
    private RunStatus status;
    private Region scopeRegion;
    private Sector scopeSector;
    private String startedBy;
    @Indexed
    private Instant queuedAt;
    private Instant startedAt;
    private Instant finishedAt;
    private Instant heartbeatAt;
    private String node;
    private long seed;
    private Integer secondsLimit;
    private String restartOf;
    private String solverConfigSource;
    private String solverConfigXml;
    private String settingsSource;
    private String settingsText;
    private String problemJson;
    private String solutionJson;
    private int seats;
    private int providers;
    private long totalHours;
    private String score;
    private boolean feasible;
    private long hoursMatched;
    private long seatsFilled;
    private long elapsedMillis;
    private List<Sample> progress = new ArrayList<>();
    private List<ConstraintLine> breakdown = new ArrayList<>();
    private List<ProposedMatch> proposals = new ArrayList<>();
    private List<OpenSeat> openSeats = new ArrayList<>();
    private Map<String, String> projectTitles = Map.of();
    private Map<String, String> providerNames = Map.of();
    private String failure;

    protected MatchingRun() {
    }

    MatchingRun(RunScope scope, String startedBy, Instant queuedAt, String node, long seed, Integer secondsLimit,
            String restartOf) {
        this.status = RunStatus.QUEUED;
        this.scopeRegion = scope.region();
        this.scopeSector = scope.sector();
        this.startedBy = startedBy;
        this.queuedAt = queuedAt;
        this.heartbeatAt = queuedAt;
        this.node = node;
        this.seed = seed;
        this.secondsLimit = secondsLimit;
        this.restartOf = restartOf;
    }

    void describeInput(String solverConfigSource, String solverConfigXml, String settingsSource, String settingsText,
            String problemJson, int seats, int providers, long totalHours, Map<String, String> projectTitles,
            Map<String, String> providerNames) {
        this.solverConfigSource = solverConfigSource;
        this.solverConfigXml = solverConfigXml;
        this.settingsSource = settingsSource;
        this.settingsText = settingsText;
        this.problemJson = problemJson;
        this.seats = seats;
        this.providers = providers;
        this.totalHours = totalHours;
        this.projectTitles = Map.copyOf(projectTitles);
        this.providerNames = Map.copyOf(providerNames);
    }

    public RunScope scope() {
        return new RunScope(scopeRegion, scopeSector);
    }

    public String getId() {
        return id;
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public String getNode() {
        return node;
    }

    public long getSeed() {
        return seed;
    }

    public Integer getSecondsLimit() {
        return secondsLimit;
    }

    public String getRestartOf() {
        return restartOf;
    }

    public String getSolverConfigSource() {
        return solverConfigSource;
    }

    public String getSolverConfigXml() {
        return solverConfigXml;
    }

    public String getSettingsSource() {
        return settingsSource;
    }

    public String getSettingsText() {
        return settingsText;
    }

    public String getProblemJson() {
        return problemJson;
    }

    public String getSolutionJson() {
        return solutionJson;
    }

    public int getSeats() {
        return seats;
    }

    public int getProviders() {
        return providers;
    }

    public long getTotalHours() {
        return totalHours;
    }

    public String getScore() {
        return score;
    }

    public boolean isFeasible() {
        return feasible;
    }

    public long getHoursMatched() {
        return hoursMatched;
    }

    public long getSeatsFilled() {
        return seatsFilled;
    }

    public long getElapsedMillis() {
        return elapsedMillis;
    }

    public List<Sample> getProgress() {
        return progress == null ? List.of() : progress;
    }

    public List<ConstraintLine> getBreakdown() {
        return breakdown == null ? List.of() : breakdown;
    }

    public List<ProposedMatch> getProposals() {
        return proposals == null ? List.of() : proposals;
    }

    public List<OpenSeat> getOpenSeats() {
        return openSeats == null ? List.of() : openSeats;
    }

    public Map<String, String> getProjectTitles() {
        return projectTitles == null ? Map.of() : projectTitles;
    }

    public Map<String, String> getProviderNames() {
        return providerNames == null ? Map.of() : providerNames;
    }

    /** The provider's name as the run knew it (the firm and obligation, or the volunteer), or its id. */
    public String providerName(org.jumelage.firms.ProviderRef provider) {
        String id = ProblemAssembler.providerId(provider);
        return getProviderNames().getOrDefault(MatchingRuns.key(id), id);
    }

    public String projectTitle(String projectId) {
        return getProjectTitles().getOrDefault(projectId, projectId);
    }

    public String getFailure() {
        return failure;
    }
}
