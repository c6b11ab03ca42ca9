package org.jumelage.matching.solver;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jumelage.projects.Priority;
import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One open seat of a project: the planning entity. Its provider may stay null (unassigned). A pinned
 * seat (an approved match) keeps its provider. The pair checks below are shared by the constraints
 * and the greedy baseline, so both judge feasibility alike.
 */
@PlanningEntity
public class Seat {

    @PlanningId
    private String id;
    private String projectId;
    private String seatId;
    private String roleTitle;
    private Organisation organisation;
    private List<RequiredSkill> requiredSkills;
    private int hours;
    private DateRange window;
    private LocalDate deadline;
    private WorkingLanguage language;
    private boolean remote;
    private Region region;
    private ProviderKind allowedKinds;
    private boolean personalData;
    private Priority priority;
    private Sector sector;
    private Set<String> excludedProviderIds;
    private MatchingParameters parameters;

    /** Month index of the window's first month, and this seat's share of hours per month from it. */
    private int firstMonth;
    private int[] monthLoads;

    @PlanningPin
    private boolean pinned;

    /** Providers that pass every pair check (see {@link #limitCandidates}); the seat's value range. */
    private List<Provider> candidates = List.of();

    @PlanningVariable(valueRangeProviderRefs = "candidates", nullable = true)
    private Provider provider;

    Seat() {
        // for solution cloning
    }

    /**
     * @param region where the work happens for an on-site seat; for a remote seat, may be null (the
     *               organisation's region then counts for proximity)
     */
    public Seat(String projectId, String seatId, String roleTitle, Organisation organisation,
            List<RequiredSkill> requiredSkills, int hours, DateRange window, LocalDate deadline,
            WorkingLanguage language, boolean remote, Region region, ProviderKind allowedKinds, boolean personalData,
            Priority priority, Sector sector, Set<String> excludedProviderIds, MatchingParameters parameters) {
        this.id = projectId + "/" + seatId;
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.seatId = Objects.requireNonNull(seatId, "seatId");
        this.roleTitle = roleTitle == null ? seatId : roleTitle;
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.requiredSkills = List.copyOf(requiredSkills);
        this.hours = hours;
        this.window = Objects.requireNonNull(window, "window");
        this.deadline = deadline == null ? window.end() : deadline;
        this.language = Objects.requireNonNull(language, "language");
        this.remote = remote;
        this.region = region == null ? organisation.region() : region;
        this.allowedKinds = Objects.requireNonNull(allowedKinds, "allowedKinds");
        this.personalData = personalData;
        this.priority = priority == null ? Priority.NORMAL : priority;
        this.sector = sector == null ? Sector.OTHER : sector;
        this.excludedProviderIds = Set.copyOf(excludedProviderIds);
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        spreadHoursOverMonths();
    }

    /** Hours per month in proportion to the window's days in each month; the shares add up to the hours. */
    private void spreadHoursOverMonths() {
        YearMonth first = YearMonth.from(window.start());
        YearMonth last = YearMonth.from(window.end());
        firstMonth = MonthBucket.indexOf(first);
        int count = MonthBucket.indexOf(last) - firstMonth + 1;
        monthLoads = new int[count];
        long totalDays = window.days();
        long given = 0;
        long daysSoFar = 0;
        for (int i = 0; i < count; i++) {
            daysSoFar += MonthBucket.of(first.plusMonths(i)).range().overlapDays(window);
            long cumulative = hours * daysSoFar / totalDays;
            monthLoads[i] = (int) (cumulative - given);
            given = cumulative;
        }
    }

    /**
     * The providers the solver may give this seat: those that break none of the pair checks whose
     * constraint is switched on. Seat-and-provider rules thus never need to be searched away, which keeps
     * moves useful on large problems; sums over seats (capacities) remain the constraints' job.
     */
    @ValueRangeProvider(id = "candidates")
    public List<Provider> getCandidates() {
        return candidates;
    }

    void limitCandidates(List<Provider> providers, MatchingWeights weights) {
        List<Provider> allowed = new ArrayList<>();
        for (Provider candidate : providers) {
            if (allowedFor(candidate, weights)) {
                allowed.add(candidate);
            }
        }
        this.candidates = List.copyOf(allowed);
    }

    private boolean allowedFor(Provider c, MatchingWeights w) {
        return !(on(w, MatchingConstraint.PROVIDER_KIND) && kindRefused(c))
                && !(on(w, MatchingConstraint.EXCLUDED_PAIR) && excluded(c))
                && !(on(w, MatchingConstraint.WORKING_LANGUAGE) && languageMismatch(c))
                && !(on(w, MatchingConstraint.PLACE_OF_WORK) && placeMismatch(c))
                && !(on(w, MatchingConstraint.CONFLICT_OF_INTEREST) && conflictOfInterest(c))
                && !(on(w, MatchingConstraint.PRIVACY_COURSE) && privacyCourseMissing(c))
                && !(on(w, MatchingConstraint.OBLIGATION_RESTRICTIONS) && restrictionBreaches(c) > 0)
                && !(on(w, MatchingConstraint.REQUIRED_SKILLS) && missingSkillCount(c) > 0)
                && !(on(w, MatchingConstraint.AVAILABILITY) && availabilityShortfall(c) > 0);
    }

    private static boolean on(MatchingWeights weights, MatchingConstraint constraint) {
        return weights.weightOf(constraint) > 0;
    }

    // ---- planning -------------------------------------------------------------------------------

    public Provider getProvider() {
        return provider;
    }

    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public boolean isAssigned() {
        return provider != null;
    }

    public FirmObligation obligation() {
        return provider instanceof FirmObligation obligation ? obligation : null;
    }

    public Volunteer volunteer() {
        return provider instanceof Volunteer volunteer ? volunteer : null;
    }

    public String firmId() {
        return provider instanceof FirmObligation obligation ? obligation.firmId() : null;
    }

    // ---- months -------------------------------------------------------------------------------

    public int firstMonth() {
        return firstMonth;
    }

    public int lastMonth() {
        return firstMonth + monthLoads.length - 1;
    }

    public int loadIn(int monthIndex) {
        int i = monthIndex - firstMonth;
        return i < 0 || i >= monthLoads.length ? 0 : monthLoads[i];
    }

    public List<MonthBucket> months() {
        List<MonthBucket> months = new ArrayList<>(monthLoads.length);
        YearMonth first = YearMonth.from(window.start());
        for (int i = 0; i < monthLoads.length; i++) {
            months.add(MonthBucket.of(first.plusMonths(i)));
        }
        return months;
    }

    // ---- pair checks (hard) -------------------------------------------------------------------

    /** How many required skills the provider lacks or holds below the minimum level. */
    public int missingSkillCount(Provider candidate) {
        int missing = 0;
        for (RequiredSkill required : requiredSkills) {
            SkillLevel held = candidate.levelOf(required.skillCode());
            if (held == null || !held.atLeast(required.level())) {
                missing++;
            }
        }
        return missing;
    }

    /** Required skills the provider lacks or holds below the minimum level. */
    public List<RequiredSkill> missingSkills(Provider candidate) {
        List<RequiredSkill> missing = new ArrayList<>(0);
        for (RequiredSkill required : requiredSkills) {
            SkillLevel held = candidate.levelOf(required.skillCode());
            if (held == null || !held.atLeast(required.level())) {
                missing.add(required);
            }
        }
        return missing;
    }

    public boolean languageMismatch(Provider candidate) {
        return !candidate.speaks(language);
    }

    public boolean kindRefused(Provider candidate) {
        return !allowedKinds.accepts(candidate.kind());
    }

    /** Hours of this seat the provider cannot deliver within the window (0 when it can). */
    public long availabilityShortfall(Provider candidate) {
        return Math.max(0, hours - candidate.deliverableHoursIn(window));
    }

    public boolean conflictOfInterest(Provider candidate) {
        return candidate.conflictsOfInterest().contains(organisation.id());
    }

    /** An on-site seat outside the provider's regions, or a remote seat for someone who won't work remotely. */
    public boolean placeMismatch(Provider candidate) {
        return remote ? !candidate.acceptsRemote() : !candidate.regions().contains(region);
    }

    public boolean privacyCourseMissing(Provider candidate) {
        return personalData && !candidate.completed(Provider.PRIVACY_COURSE);
    }

    /** 0, 1 or 2: the obligation's sector and region restrictions this seat breaks. */
    public int restrictionBreaches(Provider candidate) {
        if (!(candidate instanceof FirmObligation obligation)) {
            return 0;
        }
        int breaches = 0;
        if (!obligation.sectorRestrictions().isEmpty() && !obligation.sectorRestrictions().contains(sector)) {
            breaches++;
        }
        if (!obligation.regionRestrictions().isEmpty()
                && !obligation.regionRestrictions().contains(organisation.region())) {
            breaches++;
        }
        return breaches;
    }

    public boolean excluded(Provider candidate) {
        return excludedProviderIds.contains(candidate.getId());
    }

    /** Whether the pair breaks no hard constraint on its own (sums over seats are checked elsewhere). */
    public boolean pairFeasible(Provider candidate) {
        return !kindRefused(candidate) && !excluded(candidate) && !languageMismatch(candidate)
                && !placeMismatch(candidate) && !conflictOfInterest(candidate) && !privacyCourseMissing(candidate)
                && restrictionBreaches(candidate) == 0 && missingSkillCount(candidate) == 0
                && availabilityShortfall(candidate) == 0;
    }

    // ---- soft measures --------------------------------------------------------------------------

    /** Levels above the minimum, summed over the required skills the provider holds at level. */
    public int skillSurplus(Provider candidate) {
        int surplus = 0;
        for (RequiredSkill required : requiredSkills) {
            SkillLevel held = candidate.levelOf(required.skillCode());
            if (held != null && held.atLeast(required.level())) {
                surplus += held.value() - required.level().value();
            }
        }
        return surplus;
    }

    /** Required skills that are among the volunteer's learning goals. */
    public List<String> learningGoalsServed(Provider candidate) {
        List<String> served = new ArrayList<>(0);
        if (candidate instanceof Volunteer volunteer) {
            for (RequiredSkill required : requiredSkills) {
                if (volunteer.learningGoals().contains(required.skillCode())) {
                    served.add(required.skillCode());
                }
            }
        }
        return served;
    }

    /** Whether the provider works in the region where the seat (or its organisation) is. */
    public boolean near(Provider candidate) {
        return candidate.regions().contains(region);
    }

    /** Seat hours times the priority factor: what leaving this seat unassigned costs. */
    public long unassignedCost() {
        return (long) hours * (priority == Priority.URGENT ? parameters.urgentFactor() : 1);
    }

    /** An OSBL's hours in one run beyond which they count against the plan (0: no cap). */
    public int shareCapHours() {
        return parameters.shareCapHours();
    }

    /** 0 to 10 points per hour: how little the organisation received in the last 12 months. */
    public int needPoints() {
        int reference = Math.max(1, parameters.fairnessReferenceHours());
        int received = Math.min(reference, Math.max(0, organisation.hoursReceivedLast12Months()));
        return MatchingParameters.NEED_POINTS * (reference - received) / reference;
    }

    /** 0, 1 or 2 points per hour: a small organisation, a regional organisation. */
    public int smallAndRegionalPoints() {
        return (organisation.small() ? 1 : 0) + (organisation.regional() ? 1 : 0);
    }

    /**
     * 0 to 10 points per hour: how soon the obligation expires within the expiry horizon (10: expires
     * today; 0: a volunteer, or beyond the horizon).
     */
    public long expiryPoints(Provider candidate) {
        if (!(candidate instanceof FirmObligation obligation)) {
            return 0;
        }
        return urgencyPoints(ChronoUnit.DAYS.between(parameters.planningDate(), obligation.expiry()),
                parameters.expiryHorizonDays());
    }

    /** 0 to 10 points per hour: how close the deadline is within the deadline horizon. */
    public long deadlinePoints() {
        return urgencyPoints(ChronoUnit.DAYS.between(parameters.planningDate(), deadline),
                parameters.deadlineHorizonDays());
    }

    private static long urgencyPoints(long daysLeft, int horizonDays) {
        if (horizonDays <= 0) {
            return 0;
        }
        long left = Math.max(0, daysLeft);
        return left >= horizonDays ? 0 : MatchingParameters.NEED_POINTS * (horizonDays - left) / horizonDays;
    }

    // ---- facts --------------------------------------------------------------------------------

    public String getId() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public String seatId() {
        return seatId;
    }

    public String roleTitle() {
        return roleTitle;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String organisationId() {
        return organisation.id();
    }

    public List<RequiredSkill> requiredSkills() {
        return requiredSkills;
    }

    public int hours() {
        return hours;
    }

    public DateRange window() {
        return window;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public WorkingLanguage language() {
        return language;
    }

    public boolean remote() {
        return remote;
    }

    public Region region() {
        return region;
    }

    public ProviderKind allowedKinds() {
        return allowedKinds;
    }

    public boolean personalData() {
        return personalData;
    }

    public Priority priority() {
        return priority;
    }

    public Sector sector() {
        return sector;
    }

    public Set<String> excludedProviderIds() {
        return excludedProviderIds;
    }

    public MatchingParameters parameters() {
        return parameters;
    }

    void useParameters(MatchingParameters newParameters) {
        this.parameters = Objects.requireNonNull(newParameters);
    }

    @Override
    public String toString() {
        return id + (provider == null ? "" : " -> " + provider.getId());
    }
}
