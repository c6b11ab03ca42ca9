package org.jumelage.firms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.UserSummary;
import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.FirmRepository;
import org.jumelage.firms.internal.LedgerEntry;
import org.jumelage.firms.internal.LedgerStore;
import org.jumelage.firms.internal.Obligation;
import org.jumelage.firms.internal.ObligationRepository;
import org.jumelage.projects.ProjectHeadline;
import org.jumelage.projects.ProjectHeadlines;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Read models of the hours ledger for the screens: the seats a provider may log hours on, an
 * obligation's lines with names, and the hours an OSBL still has to confirm. Each method checks who
 * asks, as {@link HoursLedger} does; nothing here writes.
 */
@Service
public class HoursOverview {

    private final LedgerStore store;
    private final ObligationRepository obligations;
    private final FirmRepository firms;
    private final ProjectService projects;
    private final ProjectHeadlines headlines;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    public HoursOverview(LedgerStore store, ObligationRepository obligations, FirmRepository firms,
            ProjectService projects, ProjectHeadlines headlines, AccountService accounts, CurrentUser currentUser) {
        this.headlines = headlines;
        this.store = store;
        this.obligations = obligations;
        this.firms = firms;
        this.projects = projects;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The seats allocated to the firm's obligations, earliest expiry first; for members and coordinators. */
    @PreAuthorize("isAuthenticated()")
    public List<SeatHours> seatsOfFirm(String firmId) {
        readableFirm(firmId);
        Names names = new Names();
        List<SeatHours> seats = new ArrayList<>();
        for (Obligation o : obligations.findByFirmIdOrderByExpiryDateAscStartDateAscIdAsc(firmId)) {
            seats.addAll(seats(ProviderRef.obligation(o.getId()), o.getSourceReference(), names));
        }
        return seats;
    }

    /** The seats allocated to the signed-in volunteer. */
    @RolesAllowed(Role.VOLUNTEER_ROLE)
    public List<SeatHours> seatsOfVolunteer() {
        return seats(ProviderRef.volunteer(currentUser.requireId()), null, new Names());
    }

    /** The signed-in volunteer's balances: allocated, logged, delivered, confirmed. */
    @RolesAllowed(Role.VOLUNTEER_ROLE)
    public Balances balancesOfVolunteer() {
        return store.book(ProviderRef.volunteer(currentUser.requireId())).balances();
    }

    /** An obligation's ledger lines, oldest first, with names; for its firm's members and coordinators. */
    @PreAuthorize("isAuthenticated()")
    public List<LedgerLineDetails> linesOfObligation(String obligationId) {
        Obligation obligation = obligations.findById(obligationId == null ? "" : obligationId)
                .orElseThrow(() -> new FirmException("obligation.notFound"));
        try {
            readableFirm(obligation.getFirmId());
        } catch (FirmException e) {
            throw new FirmException("obligation.notFound");
        }
        Names names = new Names();
        return store.entries(ProviderRef.obligation(obligation.getId())).stream().map(e -> {
            Optional<ProjectHeadline> heading = names.project(e.getProjectId());
            return new LedgerLineDetails(LedgerStore.toLine(e), heading.map(ProjectHeadline::title).orElse(""),
                    e.getSeatId() == null ? "" : heading.map(h -> h.seatTitle(e.getSeatId())).orElse(e.getSeatId()),
                    names.person(e.getRecordedBy()));
        }).toList();
    }

    /**
     * Logged hours on the projects of the signed-in person's organisation that wait for its answer,
     * oldest work first.
     */
    @RolesAllowed(Role.OSBL)
    public List<PendingHours> awaitingConfirmation() {
        Names names = new Names();
        List<PendingHours> pending = new ArrayList<>();
        for (ProjectView project : projects.mine(null)) {
            List<LedgerEntry> entries = store.entriesOfProject(project.id());
            Set<String> answered = new HashSet<>();
            entries.stream().filter(e -> e.getAnswers() != null).forEach(e -> answered.add(e.getAnswers()));
            Optional<ProjectHeadline> heading = names.project(project.id());
            entries.stream().filter(e -> e.getType() == EntryType.LOGGED && !answered.contains(e.getId()))
                    .map(e -> new PendingHours(e.getId(), project.id(), project.title(),
                            heading.map(h -> h.seatTitle(e.getSeatId())).orElse(e.getSeatId()),
                            names.provider(e.provider(), e.getFirmId()), e.getWorkDate(), e.getHours(),
                            e.getComment(), names.person(e.getRecordedBy()), e.getRecordedAt()))
                    .forEach(pending::add);
        }
        pending.sort(Comparator.comparing(PendingHours::workDate).thenComparing(PendingHours::loggedAt));
        return pending;
    }

    // --- helpers -------------------------------------------------------------------------------

    private List<SeatHours> seats(ProviderRef provider, String source, Names names) {
        LedgerBook book = store.book(provider);
        Map<SeatRef, Boolean> seats = new LinkedHashMap<>();
        book.lines().stream().filter(l -> l.type() == EntryType.ALLOCATED)
                .forEach(l -> seats.putIfAbsent(new SeatRef(l.projectId(), l.seatId()), Boolean.TRUE));
        return seats.keySet().stream().map(seat -> {
            Balances b = book.seat(seat.projectId(), seat.seatId());
            Optional<ProjectHeadline> heading = names.project(seat.projectId());
            return new SeatHours(provider, source, seat.projectId(), heading.map(ProjectHeadline::title).orElse(""),
                    heading.map(ProjectHeadline::organisationName).orElse(""), seat.seatId(),
                    heading.map(h -> h.seatTitle(seat.seatId())).orElse(seat.seatId()), b.allocated(), b.logged(),
                    b.confirmed(), b.disputed(), book.isReleased(seat.projectId(), seat.seatId()));
        }).toList();
    }

    private Firm readableFirm(String firmId) {
        Firm firm = firms.findById(firmId == null ? "" : firmId).orElseThrow(() -> new FirmException("firm.notFound"));
        if (!firm.isMember(currentUser.requireId()) && !currentUser.hasRole(Role.COORDINATOR)) {
            throw new FirmException("firm.notFound");
        }
        return firm;
    }

    /** Looks each project, person and firm up once per request. */
    private final class Names {
        private final Map<String, Optional<ProjectHeadline>> projectsById = new HashMap<>();
        private final Map<String, String> people = new HashMap<>();
        private final Map<String, String> firmNames = new HashMap<>();

        Optional<ProjectHeadline> project(String projectId) {
            if (projectId == null) {
                return Optional.empty();
            }
            return projectsById.computeIfAbsent(projectId, headlines::find);
        }

        String person(String userId) {
            if (userId == null) {
                return "";
            }
            return people.computeIfAbsent(userId,
                    id -> accounts.find(id).map(UserSummary::displayName).orElse(""));
        }

        String provider(ProviderRef provider, String firmId) {
            if (provider.kind() == ProviderRef.Kind.VOLUNTEER) {
                return person(provider.id());
            }
            return firmNames.computeIfAbsent(firmId == null ? "" : firmId,
                    id -> firms.findById(id).map(Firm::getName).orElse(""));
        }
    }
}
