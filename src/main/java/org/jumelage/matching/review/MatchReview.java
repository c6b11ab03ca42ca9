package org.jumelage.matching.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDirectory;
import org.jumelage.firms.ProviderRef;
import org.jumelage.matching.MatchDecisions;
import org.jumelage.matching.OpenSeat;
import org.jumelage.matching.ProposedMatch;
import org.jumelage.matching.SeatProvider;
import org.jumelage.projects.ProjectService;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.validation.RequiredText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The coordinators' review of a run's proposals, and the decisions later runs read back: approved
 * matches are pinned, rejected and declined pairs excluded, accepted seats settled.
 */
@Service
public class MatchReview implements MatchDecisions {

    public static final int MAX_REASON = 1000;
    private static final Logger log = LoggerFactory.getLogger(MatchReview.class);
    private static final Set<MatchStatus> HOLDING = EnumSet.of(MatchStatus.APPROVED, MatchStatus.OFFERED,
            MatchStatus.ACCEPTED);

    private final MatchRepository matches;
    private final OpenSeatRepository openSeats;
    private final ProjectService projects;
    private final FirmDirectory firms;
    private final MatchNames names;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    public MatchReview(MatchRepository matches, OpenSeatRepository openSeats, ProjectService projects,
            FirmDirectory firms, MatchNames names, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.matches = matches;
        this.openSeats = openSeats;
        this.projects = projects;
        this.firms = firms;
        this.names = names;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // --- the contract with runs -----------------------------------------------------------------

    /**
     * A later run's proposal for a seat replaces the earlier runs' proposals still waiting for review;
     * a seat already held by an approved or accepted match keeps it (the run pinned it anyway).
     */
    @Override
    public void recordRun(String runId, List<ProposedMatch> proposals, List<OpenSeat> open) {
        var now = clock.instant();
        List<Match> fresh = new ArrayList<>();
        for (ProposedMatch p : proposals) {
            if (!matches.findByProjectIdAndSeatIdAndStatusIn(p.projectId(), p.seatId(), HOLDING).isEmpty()) {
                continue;
            }
            replaceProposals(p.projectId(), p.seatId());
            String organisationId = projects.organisationOf(p.projectId()).orElse(null);
            if (organisationId == null) {
                log.warn("Run {} proposed a seat of unknown project {}; left out", runId, p.projectId());
                continue;
            }
            String firmId = p.provider().kind() == ProviderRef.Kind.FIRM_OBLIGATION
                    ? firms.firmOfObligation(p.provider().id()).orElse(null) : null;
            fresh.add(new Match(runId, p.projectId(), p.seatId(), organisationId, p.provider(), firmId, p.hours(),
                    p.reasons(), now));
        }
        matches.saveAll(fresh);
        for (OpenSeat s : open) {
            replaceProposals(s.projectId(), s.seatId());
            openSeats.deleteByProjectIdAndSeatId(s.projectId(), s.seatId());
            openSeats.save(new OpenSeatRecord(null, runId, s.projectId(), s.seatId(), s.hours(), s.reasons(), now));
        }
        for (ProposedMatch p : proposals) {
            openSeats.deleteByProjectIdAndSeatId(p.projectId(), p.seatId());
        }
        log.info("Run {} recorded: {} proposal(s), {} open seat(s)", runId, fresh.size(), open.size());
    }

    private void replaceProposals(String projectId, String seatId) {
        matches.deleteAll(matches.findByProjectIdAndSeatIdAndStatusIn(projectId, seatId, EnumSet.of(MatchStatus.PROPOSED)));
    }

    @Override
    public Set<SeatProvider> pinned() {
        return pairs(EnumSet.of(MatchStatus.APPROVED, MatchStatus.OFFERED));
    }

    @Override
    public Set<SeatProvider> excluded() {
        return pairs(EnumSet.of(MatchStatus.REJECTED, MatchStatus.DECLINED));
    }

    @Override
    public Set<SeatProvider> settled() {
        return pairs(EnumSet.of(MatchStatus.ACCEPTED));
    }

    private Set<SeatProvider> pairs(Set<MatchStatus> statuses) {
        return matches.findByStatusIn(statuses).stream().map(Match::pair)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // --- the coordinators' review ---------------------------------------------------------------

    /** The latest run that left proposals waiting for review. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public Optional<String> latestRunWithProposals() {
        return matches.findFirstByStatusOrderByProposedAtDescIdDesc(MatchStatus.PROPOSED).map(Match::getRunId);
    }

    /** A run's proposals, whatever became of them. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<MatchView> proposals(String runId) {
        return names.views(matches.findByRunIdOrderByProposedAtAscIdAsc(runId));
    }

    /** The seats a run left open that no later run recorded again. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<OpenSeatView> openSeats(String runId) {
        return names.openSeats(openSeats.findByRunIdOrderByRecordedAtAscIdAsc(runId));
    }

    /** Approves a proposal, which pins it and sends the offers to both sides. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public MatchView approve(String matchId, long expectedVersion) {
        MatchView approved = decide(matchId, expectedVersion, m -> {
            m.approve(currentUser.requireId(), clock.instant());
            return m;
        });
        audit.record(AuditAction.MATCH_APPROVED, AuditTarget.MATCH, matchId);
        return approved;
    }

    /** Rejects a proposal, saying why; the pair is excluded for that seat in later runs. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public MatchView reject(String matchId, String reason, long expectedVersion) {
        String text = reason == null ? "" : reason.strip();
        if (RequiredText.isBlank(text)) {
            throw new MatchException("reason", "matching.review.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw new MatchException("reason", "matching.review.reasonTooLong");
        }
        MatchView rejected = decide(matchId, expectedVersion, m -> {
            m.reject(currentUser.requireId(), text, clock.instant());
            return m;
        });
        audit.record(AuditAction.MATCH_REJECTED, AuditTarget.MATCH, matchId);
        return rejected;
    }

    /** Approves every proposal of the run still waiting; returns how many. */
    @RolesAllowed(Role.COORDINATOR_ROLE)
    public int approveAll(String runId) {
        int count = 0;
        for (Match m : matches.findByRunIdOrderByProposedAtAscIdAsc(runId)) {
            if (m.getStatus() == MatchStatus.PROPOSED) {
                approve(m.getId(), m.getVersion());
                count++;
            }
        }
        return count;
    }

    private MatchView decide(String matchId, long expectedVersion, Function<Match, Match> decision) {
        Match match = matches.findById(matchId == null ? "" : matchId)
                .orElseThrow(() -> new MatchException("matching.review.notFound"));
        if (match.getVersion() == null || match.getVersion() != expectedVersion) {
            throw new MatchException("common.concurrentEdit");
        }
        if (match.getStatus() != MatchStatus.PROPOSED) {
            throw new MatchException("matching.review.alreadyDecided");
        }
        Match saved;
        try {
            saved = matches.save(decision.apply(match));
        } catch (OptimisticLockingFailureException e) {
            throw new MatchException("common.concurrentEdit");
        }
        if (saved.getStatus() == MatchStatus.APPROVED) {
            events.publishEvent(new MatchApproved(saved.getId()));
            saved = matches.findById(saved.getId()).orElseThrow();
        }
        return names.view(saved);
    }
}
