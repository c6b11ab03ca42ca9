package org.jumelage.matching.runs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jumelage.firms.AvailabilityPeriod;
import org.jumelage.firms.BlackoutPeriod;
import org.jumelage.firms.MatchingSupply;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.firms.TeamSkill;
import org.jumelage.matching.SeatProvider;
import org.jumelage.matching.config.MatchingSettings;
import org.jumelage.matching.solver.DateRange;
import org.jumelage.matching.solver.Firm;
import org.jumelage.matching.solver.FirmObligation;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.Organisation;
import org.jumelage.matching.solver.Provider;
import org.jumelage.matching.solver.Seat;
import org.jumelage.matching.solver.Volunteer;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.projects.OpenSeats;
import org.jumelage.projects.OpenSeats.OpenSeatFacts;
import org.jumelage.projects.ProjectHeadline;
import org.jumelage.projects.ProjectHeadlines;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.volunteers.AvailabilityWindow;
import org.jumelage.volunteers.VolunteerDirectory;
import org.jumelage.volunteers.VolunteerSummary;
import org.springframework.stereotype.Component;

/**
 * Builds a run's problem from the stores: the seats of open projects in the scope (minus settled
 * seats), the unallocated hours of verified firms' obligations, consenting volunteers, and the
 * organisations' fairness facts; pinned pairs become pinned seats, excluded pairs are excluded.
 * <ul>
 * <li>A seat's window runs from the project's earliest start (not before today) to its deadline (at
 * least {@value #MIN_WINDOW_DAYS} days; {@value #DEFAULT_WINDOW_DAYS} days without a deadline).</li>
 * <li>A firm's monthly capacity is the largest monthly hours of its availability periods still to
 * come (without any, its obligations' remaining hours); a blackout covering the start or the end of
 * an obligation's validity shortens it.</li>
 * <li>A volunteer gives the smallest weekly hours of their windows still to come, over those windows;
 * their concurrent-seat limit is lowered by the seats they already hold.</li>
 * <li>An OSBL is small under 5 employees, regional outside Montréal and the Capitale-Nationale; the
 * hours it received are those allocated to its projects in the last 12 months.</li>
 * <li>The conflicts of interest a firm or a volunteer declared on their profile keep their obligations
 * (or them) away from that organisation's seats: a hard rule, and a reason given for a seat left open.</li>
 * </ul>
 */
@Component
public class ProblemAssembler {

    static final int MIN_WINDOW_DAYS = 14;
    static final int DEFAULT_WINDOW_DAYS = 90;

    /** The problem and what the runs need besides: project titles and the provider references. */
    public record Assembly(MatchingProblem problem, Map<String, String> projectTitles,
            Map<String, ProviderRef> providerRefs) {
    }

    private final OpenSeats openSeats;
    private final MatchingSupply supply;
    private final VolunteerDirectory volunteers;
    private final OrganisationDirectory organisations;
    private final ProjectHeadlines headlines;
    private final CompletedCourses courses;
    private final Clock clock;

    public ProblemAssembler(OpenSeats openSeats, MatchingSupply supply, VolunteerDirectory volunteers,
            OrganisationDirectory organisations, ProjectHeadlines headlines, CompletedCourses courses, Clock clock) {
        this.openSeats = openSeats;
        this.supply = supply;
        this.volunteers = volunteers;
        this.organisations = organisations;
        this.headlines = headlines;
        this.courses = courses;
        this.clock = clock;
    }

    public static String providerId(ProviderRef ref) {
        return (ref.kind() == ProviderRef.Kind.FIRM_OBLIGATION ? "obligation:" : "volunteer:") + ref.id();
    }

    public Assembly assemble(RunScope scope, MatchingSettings settings, Set<SeatProvider> pinned,
            Set<SeatProvider> excluded, Set<SeatProvider> settled) {
        LocalDate today = LocalDate.now(clock);
        Map<String, ProviderRef> refs = new LinkedHashMap<>();
        List<Firm> firms = new ArrayList<>();
        List<Provider> providers = new ArrayList<>();
        for (MatchingSupply.SupplyFirm f : supply.verifiedFirms(today)) {
            Firm firm = new Firm(f.firmId(), f.name(), monthlyCapacity(f, today), skillMap(f.teamSkills()),
                    f.languages(), f.regions(), f.conflictOrganisationIds(), courses.ofFirm(f.firmId()));
            boolean used = false;
            for (ObligationView o : f.obligations()) {
                DateRange validity = validity(o, today, f.blackouts());
                if (validity == null) {
                    continue;
                }
                ProviderRef ref = ProviderRef.obligation(o.id());
                String id = providerId(ref);
                providers.add(new FirmObligation(id, o.id(), firm, o.balances().remaining(), validity.start(),
                        validity.end(), o.sectors(), o.regions()));
                refs.put(id, ref);
                used = true;
            }
            if (used) {
                firms.add(firm);
            }
        }
        Map<String, Integer> held = supply.seatsHeldByVolunteers();
        for (VolunteerSummary v : volunteers.consenting()) {
            Volunteer volunteer = volunteer(v, today, held.getOrDefault(v.userId(), 0));
            if (volunteer != null) {
                providers.add(volunteer);
                refs.put(volunteer.getId(), ProviderRef.volunteer(v.userId()));
            }
        }

        Set<String> settledSeats = new HashSet<>();
        settled.forEach(p -> settledSeats.add(p.projectId() + "/" + p.seatId()));
        Map<String, Set<String>> excludedBySeat = new HashMap<>();
        excluded.forEach(p -> excludedBySeat.computeIfAbsent(p.projectId() + "/" + p.seatId(), k -> new HashSet<>())
                .add(providerId(p.provider())));
        Map<String, String> pinnedBySeat = new HashMap<>();
        pinned.forEach(p -> pinnedBySeat.put(p.projectId() + "/" + p.seatId(), providerId(p.provider())));

        List<OpenSeatFacts> facts = openSeats.find(scope.region(), scope.sector()).stream()
                .filter(s -> !settledSeats.contains(s.projectId() + "/" + s.seat().id())).toList();
        Map<String, Organisation> organisationsById = organisations(facts, today);
        Map<String, String> titles = new LinkedHashMap<>();
        List<Seat> seats = new ArrayList<>();
        for (OpenSeatFacts s : facts) {
            String key = s.projectId() + "/" + s.seat().id();
            titles.put(s.projectId(), s.projectTitle());
            LocalDate start = s.earliestStart() == null || s.earliestStart().isBefore(today) ? today
                    : s.earliestStart();
            LocalDate end = s.deadline() == null ? start.plusDays(DEFAULT_WINDOW_DAYS) : s.deadline();
            if (end.isBefore(start.plusDays(MIN_WINDOW_DAYS))) {
                end = start.plusDays(MIN_WINDOW_DAYS);
            }
            WorkingLanguage language = s.seat().workingLanguage() == null ? WorkingLanguage.EITHER
                    : s.seat().workingLanguage();
            Seat seat = new Seat(s.projectId(), s.seat().id(), s.seat().roleTitle(),
                    organisationsById.get(s.organisationId()), s.seat().requiredSkills(), s.seat().hours(),
                    new DateRange(start, end), s.deadline(), language, s.seat().remote(),
                    s.seat().remote() ? null : s.seat().region(), s.seat().providerKind(), s.personalData(),
                    s.priority(), s.sector(), excludedBySeat.getOrDefault(key, Set.of()),
                    settings.parameters(today));
            String pinnedProvider = pinnedBySeat.get(key);
            if (pinnedProvider != null) {
                Provider provider = providers.stream().filter(p -> p.getId().equals(pinnedProvider)).findFirst()
                        .orElse(null);
                if (provider == null) {
                    // Approved for a provider who is no longer available: the review flow deals with it.
                    continue;
                }
                seat.setProvider(provider);
                seat.setPinned(true);
            }
            seats.add(seat);
        }
        if (seats.size() > settings.maxSeats()) {
            throw new MatchingRunException("matchingRun.tooManySeats", seats.size(), settings.maxSeats());
        }
        if (providers.size() > settings.maxProviders()) {
            throw new MatchingRunException("matchingRun.tooManyProviders", providers.size(), settings.maxProviders());
        }
        // Pins are set before the problem limits the seats' candidates; keep them after construction.
        MatchingProblem problem = new MatchingProblem(settings.parameters(today), settings.weights(),
                List.copyOf(organisationsById.values()), firms, providers, seats);
        return new Assembly(problem, titles, refs);
    }

    private Map<String, Organisation> organisations(List<OpenSeatFacts> facts, LocalDate today) {
        Instant since = today.minusMonths(12).atStartOfDay(clock.getZone()).toInstant();
        Map<String, Integer> byProject = supply.hoursAllocatedByProjectSince(since);
        Map<String, ProjectHeadline> projects = headlines.find(byProject.keySet());
        Map<String, Integer> received = new HashMap<>();
        byProject.forEach((projectId, hours) -> {
            ProjectHeadline headline = projects.get(projectId);
            if (headline != null) {
                received.merge(headline.organisationId(), hours, Integer::sum);
            }
        });
        Map<String, EmployeeBand> bands = organisations.employeeBands(
                facts.stream().map(OpenSeatFacts::organisationId).distinct().toList());
        Map<String, Organisation> result = new LinkedHashMap<>();
        for (OpenSeatFacts s : facts) {
            result.computeIfAbsent(s.organisationId(), id -> new Organisation(id, s.organisationName(),
                    s.organisationRegion(), Math.max(0, received.getOrDefault(id, 0)), small(bands.get(id)),
                    s.organisationRegion() != Region.MONTREAL && s.organisationRegion() != Region.CAPITALE_NATIONALE));
        }
        return result;
    }

    static boolean small(EmployeeBand band) {
        return band == EmployeeBand.NONE || band == EmployeeBand.FROM_1_TO_4;
    }

    static int monthlyCapacity(MatchingSupply.SupplyFirm firm, LocalDate today) {
        int capacity = 0;
        for (AvailabilityPeriod period : firm.availability()) {
            if (period.to() != null && !period.to().isBefore(today)) {
                capacity = Math.max(capacity, period.hoursPerMonth());
            }
        }
        if (capacity == 0) {
            capacity = firm.obligations().stream().mapToInt(o -> o.balances().remaining()).sum();
        }
        return capacity;
    }

    /** The obligation's validity from today, shortened by blackouts covering its start or end; null if none is left. */
    static DateRange validity(ObligationView o, LocalDate today, List<BlackoutPeriod> blackouts) {
        LocalDate start = o.startDate().isBefore(today) ? today : o.startDate();
        LocalDate end = o.expiryDate();
        boolean moved = true;
        while (moved && !end.isBefore(start)) {
            moved = false;
            for (BlackoutPeriod b : blackouts) {
                if (b.from() == null || b.to() == null) {
                    continue;
                }
                if (!start.isBefore(b.from()) && !start.isAfter(b.to())) {
                    start = b.to().plusDays(1);
                    moved = true;
                }
                if (!end.isBefore(b.from()) && !end.isAfter(b.to())) {
                    end = b.from().minusDays(1);
                    moved = true;
                }
            }
        }
        return end.isBefore(start) ? null : new DateRange(start, end);
    }

    private Volunteer volunteer(VolunteerSummary v, LocalDate today, int seatsHeld) {
        List<DateRange> windows = new ArrayList<>();
        int weekly = Integer.MAX_VALUE;
        for (AvailabilityWindow w : v.windows()) {
            if (w.from() == null || w.to() == null || w.to().isBefore(today)) {
                continue;
            }
            windows.add(new DateRange(w.from().isBefore(today) ? today : w.from(), w.to()));
            weekly = Math.min(weekly, w.hoursPerWeek());
        }
        if (windows.isEmpty() || v.region() == null) {
            return null;
        }
        Set<WorkingLanguage> languages = v.languages() == null || v.languages().isEmpty()
                ? EnumSet.of(WorkingLanguage.FRENCH) : v.languages();
        return new Volunteer(providerId(ProviderRef.volunteer(v.userId())), v.userId(), v.displayName(), weekly,
                windows, requiredSkillMap(v.skills()), Set.copyOf(v.learningGoals()), languages, v.region(),
                v.remoteOk(), Math.max(0, v.maxConcurrentSeats() - seatsHeld), courses.ofVolunteer(v.userId()),
                v.conflictOrganisationIds());
    }

    private static Map<String, SkillLevel> skillMap(List<TeamSkill> skills) {
        Map<String, SkillLevel> map = new HashMap<>();
        for (TeamSkill s : skills) {
            map.merge(s.skillCode(), s.level(), (a, b) -> a.atLeast(b) ? a : b);
        }
        return map;
    }

    private static Map<String, SkillLevel> requiredSkillMap(List<RequiredSkill> skills) {
        Map<String, SkillLevel> map = new HashMap<>();
        for (RequiredSkill s : skills) {
            map.merge(s.skillCode(), s.level(), (a, b) -> a.atLeast(b) ? a : b);
        }
        return map;
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
