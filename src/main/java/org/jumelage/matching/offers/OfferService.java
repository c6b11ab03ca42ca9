package org.jumelage.matching.offers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.SystemActor;
import org.jumelage.firms.FirmDirectory;
import org.jumelage.firms.FirmSummary;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.ProviderRef;
import org.jumelage.matching.config.MatchingConfigLoader;
import org.jumelage.matching.review.Answer;
import org.jumelage.matching.review.Match;
import org.jumelage.matching.review.Match.Side;
import org.jumelage.matching.review.MatchApproved;
import org.jumelage.matching.review.MatchException;
import org.jumelage.matching.review.MatchNames;
import org.jumelage.matching.review.MatchRepository;
import org.jumelage.matching.review.MatchStatus;
import org.jumelage.matching.review.MatchView;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.projects.ProjectHeadline;
import org.jumelage.projects.ProjectHeadlines;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProjectView;
import org.jumelage.shared.audit.AuditAction;
import org.jumelage.shared.audit.AuditTarget;
import org.jumelage.shared.audit.AuditTrail;
import org.jumelage.shared.security.SecureTokens;
import org.jumelage.shared.validation.RefusalException;
import org.jumelage.shared.validation.RequiredText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Offers of approved matches: sent to the provider (every member of the obligation's firm, or the
 * volunteer) and to the OSBL (its members), each side answering through the app or the e-mailed
 * link. Both accepting settles the match: the ledger records the allocation and the project is
 * matched once all its seats are; a decline or the expiry reopens the seat.
 */
@Service
public class OfferService {

    public static final int MAX_REASON = 1000;
    private static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(OfferService.class);

    private final MatchRepository matches;
    private final MatchNames names;
    private final OfferMailer mailer;
    private final MatchingConfigLoader config;
    private final FirmDirectory firms;
    private final OrganisationDirectory organisations;
    private final AccountService accounts;
    private final HoursLedger ledger;
    private final ProjectService projects;
    private final ProjectHeadlines headlines;
    private final SystemActor system;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    public OfferService(MatchRepository matches, MatchNames names, OfferMailer mailer, MatchingConfigLoader config,
            FirmDirectory firms, OrganisationDirectory organisations, AccountService accounts, HoursLedger ledger,
            ProjectService projects, ProjectHeadlines headlines, SystemActor system, CurrentUser currentUser,
            Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.matches = matches;
        this.names = names;
        this.mailer = mailer;
        this.config = config;
        this.firms = firms;
        this.organisations = organisations;
        this.accounts = accounts;
        this.ledger = ledger;
        this.projects = projects;
        this.headlines = headlines;
        this.system = system;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sends both offers of a match the coordinator just approved (inside the approval). */
    @EventListener
    public void onApproved(MatchApproved event) {
        Match match = matches.findById(event.matchId()).orElseThrow();
        int days = config.load().settings().offerExpiryDays();
        String providerToken = SecureTokens.newToken();
        String osblToken = SecureTokens.newToken();
        Instant now = clock.instant();
        match.offer(SecureTokens.hash(providerToken), SecureTokens.hash(osblToken), now,
                now.plus(Duration.ofDays(days)));
        Match saved = matches.save(match);
        MatchView view = names.view(saved);
        mailer.sendOffer(view, addressees(saved, Side.PROVIDER), providerToken);
        mailer.sendOffer(view, addressees(saved, Side.OSBL), osblToken);
        log.info("Offers sent for match {} (expires {})", saved.getId(), saved.getExpiresAt());
    }

    // --- what a person sees -----------------------------------------------------------------------

    /** The signed-in person's offers: waiting for an answer, and accepted ones (with the contact, for the OSBL). */
    @PermitAll
    public List<MatchView> myOffers() {
        String me = currentUser.requireId();
        Set<MatchStatus> shown = EnumSet.of(MatchStatus.OFFERED, MatchStatus.ACCEPTED);
        Set<Match> mine = new LinkedHashSet<>();
        mine.addAll(matches.findByStatusInAndProviderKindAndProviderId(shown, ProviderRef.Kind.VOLUNTEER, me));
        firms.ofMember(me).map(FirmSummary::id).ifPresent(f -> mine.addAll(matches.findByStatusInAndFirmId(shown, f)));
        organisations.ofMember(me).map(OrganisationSummary::id)
                .ifPresent(o -> mine.addAll(matches.findByStatusInAndOrganisationId(shown, o)));
        List<Match> sorted = new ArrayList<>(mine);
        sorted.sort(Comparator.comparing(Match::getOfferedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Match::getId));
        return sorted.stream().map(this::withContact).toList();
    }

    /** The offer an e-mailed link points to, if the signed-in person is one of its addressees. */
    @PermitAll
    public Optional<MatchView> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = SecureTokens.hash(token.strip());
        Optional<Match> found = matches.findByProviderTokenHash(hash).or(() -> matches.findByOsblTokenHash(hash));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (sideOf(found.get()).isEmpty()) {
            throw new MatchException("offer.notYours");
        }
        return Optional.of(withContact(found.get()));
    }

    /** Which side the signed-in person answers for, if any. */
    @PermitAll
    public Optional<Side> mySide(String matchId) {
        return matches.findById(matchId == null ? "" : matchId).flatMap(this::sideOf);
    }

    // --- answers ------------------------------------------------------------------------------------

    @PermitAll
    public MatchView accept(String matchId) {
        MatchView accepted = answer(matchId, true, null);
        audit.record(AuditAction.OFFER_ACCEPTED, AuditTarget.MATCH, matchId);
        return accepted;
    }

    @PermitAll
    public MatchView decline(String matchId, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (RequiredText.isBlank(text)) {
            throw new MatchException("reason", "offers.decline.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw new MatchException("reason", "offers.decline.reasonTooLong");
        }
        MatchView declined = answer(matchId, false, text);
        audit.record(AuditAction.OFFER_DECLINED, AuditTarget.MATCH, matchId);
        return declined;
    }

    /**
     * Records the answer, retrying when the other side answered at the same moment (each side writes
     * only its own answer, so a retry on the fresh document loses nothing).
     */
    private MatchView answer(String matchId, boolean accepted, String reason) {
        String me = currentUser.requireId();
        for (int attempt = 1; ; attempt++) {
            Match match = matches.findById(matchId == null ? "" : matchId)
                    .orElseThrow(() -> new MatchException("offer.notFound"));
            Side side = sideOf(match).orElseThrow(() -> new MatchException("offer.notYours"));
            if (match.getStatus() == MatchStatus.OFFERED && !match.getExpiresAt().isAfter(clock.instant())) {
                throw new MatchException("offer.expired");
            }
            match.answer(side, new Answer(accepted, reason, me, clock.instant()));
            if (match.getStatus() == MatchStatus.ACCEPTED) {
                allocate(match);
            }
            Match saved;
            try {
                saved = matches.save(match);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new MatchException("common.concurrentEdit");
                }
                continue;
            }
            afterClosing(saved, reason);
            return withContact(saved);
        }
    }

    /**
     * The ledger allocation of an accepted match, as the platform (allocating is a coordinator's right;
     * here it follows from both sides' acceptance). The key makes a retried acceptance harmless.
     */
    private void allocate(Match match) {
        try {
            system.run(() -> ledger.allocate(match.provider(), match.getProjectId(), match.getSeatId(),
                    match.getHours(), "match:" + match.getId()));
        } catch (RefusalException e) {
            log.warn("Allocation of match {} refused: {}", match.getId(), e.getMessage());
            throw new MatchException("offer.allocationRefused");
        }
    }

    private void afterClosing(Match match, String reason) {
        if (match.getStatus() == MatchStatus.OFFERED) {
            return;
        }
        if (match.getStatus() == MatchStatus.ACCEPTED) {
            markProjectMatchedIfComplete(match.getProjectId());
        }
        MatchView view = names.view(match);
        List<String> everyone = new ArrayList<>(addressees(match, Side.PROVIDER));
        everyone.addAll(addressees(match, Side.OSBL));
        mailer.sendOutcome(view, everyone.stream().distinct().toList(), reason);
    }

    /** Once every seat of an open project is settled, the project is matched (as the platform). */
    private void markProjectMatchedIfComplete(String projectId) {
        Optional<ProjectHeadline> headline = headlines.find(projectId);
        if (headline.isEmpty() || headline.get().status() != ProjectStatus.OPEN) {
            return;
        }
        Set<String> settled = new LinkedHashSet<>();
        matches.findByProjectIdAndStatus(projectId, MatchStatus.ACCEPTED).forEach(m -> settled.add(m.getSeatId()));
        boolean complete = headline.get().seats().stream().allMatch(s -> settled.contains(s.id()));
        if (!complete) {
            return;
        }
        try {
            system.run(() -> {
                ProjectView project = projects.get(projectId);
                projects.markMatched(projectId, project.version());
            });
            log.info("Project {} matched: every seat accepted", projectId);
        } catch (RuntimeException e) {
            // The acceptance stands; a coordinator can still mark the project by hand.
            log.warn("Project {} could not be marked matched: {}", projectId, e.toString());
        }
    }

    // --- expiry -------------------------------------------------------------------------------------

    /** Expires unanswered offers past their date; the seat reopens. The scheduled job calls it. */
    public int expireDue() {
        int count = 0;
        for (Match match : matches.findByStatusAndExpiresAtLessThanEqual(MatchStatus.OFFERED, clock.instant())) {
            try {
                match.expire(clock.instant());
                Match saved = matches.save(match);
                afterClosing(saved, null);
                count++;
            } catch (OptimisticLockingFailureException e) {
                log.info("Match {} answered while expiring; left as answered", match.getId());
            }
        }
        return count;
    }

    // --- who is who ---------------------------------------------------------------------------------

    private Optional<Side> sideOf(Match match) {
        String me = currentUser.id().orElse(null);
        if (me == null) {
            return Optional.empty();
        }
        if (addressees(match, Side.PROVIDER).contains(me)) {
            return Optional.of(Side.PROVIDER);
        }
        if (addressees(match, Side.OSBL).contains(me)) {
            return Optional.of(Side.OSBL);
        }
        return Optional.empty();
    }

    private List<String> addressees(Match match, Side side) {
        if (side == Side.OSBL) {
            return organisations.memberIds(match.getOrganisationId());
        }
        if (match.provider().kind() == ProviderRef.Kind.VOLUNTEER) {
            return List.of(match.provider().id());
        }
        return firms.memberIds(match.getFirmId());
    }

    /** The volunteer's contact, only for the OSBL's members and only once both sides accepted. */
    private MatchView withContact(Match match) {
        MatchView view = names.view(match);
        if (match.getStatus() != MatchStatus.ACCEPTED || match.provider().kind() != ProviderRef.Kind.VOLUNTEER
                || sideOf(match).filter(s -> s == Side.OSBL).isEmpty()) {
            return view;
        }
        return accounts.find(match.provider().id())
                .map(v -> view.withContact(new MatchView.Contact(v.displayName(), v.email()))).orElse(view);
    }
}
