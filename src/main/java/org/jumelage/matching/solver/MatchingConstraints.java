package org.jumelage.matching.solver;

import static org.jumelage.matching.solver.MatchingConstraint.AVAILABILITY;
import static org.jumelage.matching.solver.MatchingConstraint.CONFLICT_OF_INTEREST;
import static org.jumelage.matching.solver.MatchingConstraint.DEADLINES;
import static org.jumelage.matching.solver.MatchingConstraint.EXCLUDED_PAIR;
import static org.jumelage.matching.solver.MatchingConstraint.EXPIRING_FIRST;
import static org.jumelage.matching.solver.MatchingConstraint.FAIR_SHARE;
import static org.jumelage.matching.solver.MatchingConstraint.FIRM_MONTHLY_CAPACITY;
import static org.jumelage.matching.solver.MatchingConstraint.LEARNING_GOALS;
import static org.jumelage.matching.solver.MatchingConstraint.OBLIGATION_CAPACITY;
import static org.jumelage.matching.solver.MatchingConstraint.OBLIGATION_RESTRICTIONS;
import static org.jumelage.matching.solver.MatchingConstraint.ONE_FIRM_PER_PROJECT;
import static org.jumelage.matching.solver.MatchingConstraint.PLACE_OF_WORK;
import static org.jumelage.matching.solver.MatchingConstraint.PRIVACY_COURSE;
import static org.jumelage.matching.solver.MatchingConstraint.PROVIDER_KIND;
import static org.jumelage.matching.solver.MatchingConstraint.PROXIMITY;
import static org.jumelage.matching.solver.MatchingConstraint.REQUIRED_SKILLS;
import static org.jumelage.matching.solver.MatchingConstraint.SKILL_FIT;
import static org.jumelage.matching.solver.MatchingConstraint.SHARE_CAP;
import static org.jumelage.matching.solver.MatchingConstraint.SMALL_AND_REGIONAL_FIRST;
import static org.jumelage.matching.solver.MatchingConstraint.SPREAD_ACROSS_OSBLS;
import static org.jumelage.matching.solver.MatchingConstraint.UNASSIGNED_HOURS;
import static org.jumelage.matching.solver.MatchingConstraint.UNDER_SERVED_FIRST;
import static org.jumelage.matching.solver.MatchingConstraint.VOLUNTEER_BESIDE_FIRM;
import static org.jumelage.matching.solver.MatchingConstraint.VOLUNTEER_CONCURRENT_SEATS;
import static org.jumelage.matching.solver.MatchingConstraint.VOLUNTEER_WEEKLY_HOURS;
import static org.jumelage.matching.solver.MatchingConstraint.WORKING_LANGUAGE;

import java.util.List;
import java.util.function.Predicate;

import org.jumelage.matching.solver.MatchJustification.CapacityExceeded;
import org.jumelage.matching.solver.MatchJustification.HoursShortfall;
import org.jumelage.matching.solver.MatchJustification.MatchQuality;
import org.jumelage.matching.solver.MatchJustification.MissingSkills;
import org.jumelage.matching.solver.MatchJustification.OrganisationOverCap;
import org.jumelage.matching.solver.MatchJustification.OrganisationShare;
import org.jumelage.matching.solver.MatchJustification.OrganisationSpread;
import org.jumelage.matching.solver.MatchJustification.PairBreach;
import org.jumelage.matching.solver.MatchJustification.ProjectFirms;
import org.jumelage.matching.solver.MatchJustification.UnassignedSeat;
import org.jumelage.projects.Priority;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The matching rules, hard first. Each method opens with its rule in plain words; the weights come
 * from {@link MatchingWeights}; each match carries a {@link MatchJustification} and indicts the seat
 * (and the provider, firm or organisation concerned).
 */
public class MatchingConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                obligationCapacity(factory),
                firmMonthlyCapacity(factory),
                volunteerWeeklyHours(factory),
                requiredSkills(factory),
                workingLanguage(factory),
                providerKind(factory),
                availability(factory),
                conflictOfInterest(factory),
                volunteerConcurrentSeats(factory),
                placeOfWork(factory),
                privacyCourse(factory),
                obligationRestrictions(factory),
                excludedPair(factory),
                unassignedHours(factory),
                spreadAcrossOsbls(factory),
                shareCap(factory),
                skillFit(factory),
                expiringFirst(factory),
                underServedFirst(factory),
                smallAndRegionalFirst(factory),
                fairShare(factory),
                oneFirmPerProject(factory),
                volunteerBesideFirm(factory),
                learningGoals(factory),
                proximity(factory),
                deadlines(factory)
        };
    }

    // ---- hard -----------------------------------------------------------------------------------

    /** An obligation gives no more hours than it has left: penalise the hours over. */
    public Constraint obligationCapacity(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getProvider() instanceof FirmObligation)
                .groupBy(Seat::obligation, ConstraintCollectors.sumLong(Seat::hours))
                .filter((obligation, hours) -> hours > obligation.remainingHours())
                .penalizeConfigurableLong((obligation, hours) -> hours - obligation.remainingHours())
                .justifyWith((obligation, hours, score) -> new CapacityExceeded(OBLIGATION_CAPACITY,
                        obligation.getId(), null, hours, obligation.remainingHours()))
                .indictWith((obligation, hours) -> List.of(obligation))
                .asConstraint(OBLIGATION_CAPACITY.constraintName());
    }

    /** A firm gives no more hours in a month, across all its obligations, than its monthly capacity. */
    public Constraint firmMonthlyCapacity(ConstraintFactory factory) {
        return monthsOf(factory, seat -> seat.getProvider() instanceof FirmObligation)
                .groupBy((seat, month) -> seat.obligation().firm(), (seat, month) -> month,
                        ConstraintCollectors.sumLong((seat, month) -> seat.loadIn(month.index())))
                .filter((firm, month, load) -> load > firm.monthlyCapacityHours())
                .penalizeConfigurableLong((firm, month, load) -> load - firm.monthlyCapacityHours())
                .justifyWith((firm, month, load, score) -> new CapacityExceeded(FIRM_MONTHLY_CAPACITY, firm.id(),
                        month.month(), load, firm.monthlyCapacityHours()))
                .indictWith((firm, month, load) -> List.of(firm))
                .asConstraint(FIRM_MONTHLY_CAPACITY.constraintName());
    }

    /** A volunteer's seats take, in each month, no more than their weekly hours over that month. */
    public Constraint volunteerWeeklyHours(ConstraintFactory factory) {
        return monthsOf(factory, seat -> seat.getProvider() instanceof Volunteer)
                .groupBy((seat, month) -> seat.volunteer(), (seat, month) -> month,
                        ConstraintCollectors.sumLong((seat, month) -> seat.loadIn(month.index())))
                .filter((volunteer, month, load) -> load > volunteer.capacityIn(month.index()))
                .penalizeConfigurableLong((volunteer, month, load) -> load - volunteer.capacityIn(month.index()))
                .justifyWith((volunteer, month, load, score) -> new CapacityExceeded(VOLUNTEER_WEEKLY_HOURS,
                        volunteer.getId(), month.month(), load, volunteer.capacityIn(month.index())))
                .indictWith((volunteer, month, load) -> List.of(volunteer))
                .asConstraint(VOLUNTEER_WEEKLY_HOURS.constraintName());
    }

    /** The provider holds every required skill at the minimum level: penalise each one missing. */
    public Constraint requiredSkills(ConstraintFactory factory) {
        return assigned(factory)
                .filter(seat -> seat.missingSkillCount(seat.getProvider()) > 0)
                .penalizeConfigurableLong(seat -> seat.missingSkillCount(seat.getProvider()))
                .justifyWith((seat, score) -> new MissingSkills(seat.getId(), seat.getProvider().getId(),
                        seat.missingSkills(seat.getProvider())))
                .indictWith(Matches::seatAndProvider)
                .asConstraint(REQUIRED_SKILLS.constraintName());
    }

    /** The provider works in the seat's language. */
    public Constraint workingLanguage(ConstraintFactory factory) {
        return pairBreach(factory, WORKING_LANGUAGE, seat -> seat.languageMismatch(seat.getProvider()),
                seat -> seat.language().name());
    }

    /** The seat allows the provider's kind (firm, volunteer or either). */
    public Constraint providerKind(ConstraintFactory factory) {
        return pairBreach(factory, PROVIDER_KIND, seat -> seat.kindRefused(seat.getProvider()),
                seat -> seat.allowedKinds().name());
    }

    /**
     * The provider can deliver the seat's hours within its window (a volunteer's weekly hours over the
     * available days, an obligation's firm monthly capacity over its valid days): penalise the hours short.
     */
    public Constraint availability(ConstraintFactory factory) {
        return assigned(factory)
                .filter(seat -> seat.availabilityShortfall(seat.getProvider()) > 0)
                .penalizeConfigurableLong(seat -> seat.availabilityShortfall(seat.getProvider()))
                .justifyWith((seat, score) -> new HoursShortfall(seat.getId(), seat.getProvider().getId(),
                        seat.hours(), seat.getProvider().deliverableHoursIn(seat.window())))
                .indictWith(Matches::seatAndProvider)
                .asConstraint(AVAILABILITY.constraintName());
    }

    /** No provider works for an organisation it declared a conflict of interest with. */
    public Constraint conflictOfInterest(ConstraintFactory factory) {
        return pairBreach(factory, CONFLICT_OF_INTEREST, seat -> seat.conflictOfInterest(seat.getProvider()),
                Seat::organisationId);
    }

    /** A volunteer holds no more seats at the same time (in any month) than they accept. */
    public Constraint volunteerConcurrentSeats(ConstraintFactory factory) {
        return monthsOf(factory, seat -> seat.getProvider() instanceof Volunteer)
                .groupBy((seat, month) -> seat.volunteer(), (seat, month) -> month, ConstraintCollectors.countBi())
                .filter((volunteer, month, seats) -> seats > volunteer.maxConcurrentSeats())
                .penalizeConfigurableLong((volunteer, month, seats) -> seats - volunteer.maxConcurrentSeats())
                .justifyWith((volunteer, month, seats, score) -> new CapacityExceeded(VOLUNTEER_CONCURRENT_SEATS,
                        volunteer.getId(), month.month(), seats, volunteer.maxConcurrentSeats()))
                .indictWith((volunteer, month, seats) -> List.of(volunteer))
                .asConstraint(VOLUNTEER_CONCURRENT_SEATS.constraintName());
    }

    /** An on-site seat needs a provider in its region; a remote seat, one who works remotely. */
    public Constraint placeOfWork(ConstraintFactory factory) {
        return pairBreach(factory, PLACE_OF_WORK, seat -> seat.placeMismatch(seat.getProvider()),
                seat -> seat.remote() ? "remote" : seat.region().name());
    }

    /** A seat handling personal data needs a provider who completed the privacy course. */
    public Constraint privacyCourse(ConstraintFactory factory) {
        return pairBreach(factory, PRIVACY_COURSE, seat -> seat.privacyCourseMissing(seat.getProvider()),
                seat -> Provider.PRIVACY_COURSE);
    }

    /** An obligation restricted to sectors or regions serves only organisations within them. */
    public Constraint obligationRestrictions(ConstraintFactory factory) {
        return assigned(factory)
                .filter(seat -> seat.restrictionBreaches(seat.getProvider()) > 0)
                .penalizeConfigurableLong(seat -> seat.restrictionBreaches(seat.getProvider()))
                .justifyWith((seat, score) -> new PairBreach(OBLIGATION_RESTRICTIONS, seat.getId(),
                        seat.getProvider().getId(), seat.sector().name() + " " + seat.organisation().region().name()))
                .indictWith(Matches::seatAndProvider)
                .asConstraint(OBLIGATION_RESTRICTIONS.constraintName());
    }

    /** A pair the coordinator rejected (or a side declined) is not proposed again. */
    public Constraint excludedPair(ConstraintFactory factory) {
        return pairBreach(factory, EXCLUDED_PAIR, seat -> seat.excluded(seat.getProvider()), seat -> "");
    }

    // ---- medium ---------------------------------------------------------------------------------

    /** Every seat hour left without a provider costs, twice (by default) for an urgent project. */
    public Constraint unassignedHours(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.getProvider() == null)
                .penalizeConfigurableLong(Seat::unassignedCost)
                .justifyWith((seat, score) -> new UnassignedSeat(seat.getId(), seat.hours(),
                        seat.priority() == Priority.URGENT, seat.unassignedCost(), seat.deadline()))
                .indictWith(seat -> List.of(seat))
                .asConstraint(UNASSIGNED_HOURS.constraintName());
    }

    /**
     * Spread the matched hours across OSBLs: reward each OSBL with {@value #SPREAD_POINTS} times the
     * square root of its matched hours. The reward is concave, so an hour is worth more to an OSBL that
     * got few than to one that got many; at the medium level it can trade a few matched hours for a
     * fairer plan, which the soft fairness bonuses (below every matched hour) never can.
     */
    public Constraint spreadAcrossOsbls(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::organisation, ConstraintCollectors.sumLong(Seat::hours))
                .rewardConfigurableLong((organisation, hours) -> spreadPoints(hours))
                .justifyWith((organisation, hours, score) -> new OrganisationSpread(organisation.id(), hours,
                        spreadPoints(hours)))
                .indictWith((organisation, hours) -> List.of(organisation))
                .asConstraint(SPREAD_ACROSS_OSBLS.constraintName());
    }

    /**
     * No OSBL takes more than its share in one run: each hour an OSBL is matched beyond the share cap
     * ({@code fairness.share-cap-hours}; 0: no cap) costs, twice by default, so it outweighs the hour it
     * fills and those hours go to other OSBLs, or stay open.
     */
    public Constraint shareCap(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::organisation, ConstraintCollectors.sumLong(Seat::hours),
                        ConstraintCollectors.max(Seat::shareCapHours))
                .filter((organisation, hours, cap) -> cap > 0 && hours > cap)
                .penalizeConfigurableLong((organisation, hours, cap) -> hours - cap)
                .justifyWith((organisation, hours, cap, score) -> new OrganisationOverCap(organisation.id(), hours, cap))
                .indictWith((organisation, hours, cap) -> List.of(organisation))
                .asConstraint(SHARE_CAP.constraintName());
    }

    /** Points of the spread reward per square root of an OSBL's matched hours. */
    public static final int SPREAD_POINTS = 10;

    /** {@value #SPREAD_POINTS} × √hours, rounded: 100 hours earn 100 points, 400 hours 200. */
    public static long spreadPoints(long hours) {
        return Math.round(SPREAD_POINTS * Math.sqrt(hours));
    }

    // ---- soft -----------------------------------------------------------------------------------

    /** Keep the most skilled providers for seats that need them: penalise levels above the minimum. */
    public Constraint skillFit(ConstraintFactory factory) {
        return assigned(factory)
                .filter(seat -> seat.skillSurplus(seat.getProvider()) > 0)
                .penalizeConfigurableLong(seat -> seat.skillSurplus(seat.getProvider()))
                .justifyWith((seat, score) -> quality(SKILL_FIT, seat, seat.skillSurplus(seat.getProvider()),
                        Integer.toString(seat.skillSurplus(seat.getProvider()))))
                .indictWith(Matches::seatAndProvider)
                .asConstraint(SKILL_FIT.constraintName());
    }

    /** Use the obligations that expire soonest: reward hours times 0-10 points, the more the sooner. */
    public Constraint expiringFirst(ConstraintFactory factory) {
        return assigned(factory)
                .filter(seat -> seat.expiryPoints(seat.getProvider()) > 0)
                .rewardConfigurableLong(seat -> seat.hours() * seat.expiryPoints(seat.getProvider()))
                .justifyWith((seat, score) -> quality(EXPIRING_FIRST, seat, seat.expiryPoints(seat.getProvider()),
                        seat.obligation().expiry().toString()))
                .indictWith(Matches::seatAndProvider)
                .asConstraint(EXPIRING_FIRST.constraintName());
    }

    /** Serve OSBLs that received few hours in the last 12 months first: reward hours times need points. */
    public Constraint underServedFirst(ConstraintFactory factory) {
        return assigned(factory)
                .filter(seat -> seat.needPoints() > 0)
                .rewardConfigurableLong(seat -> (long) seat.hours() * seat.needPoints())
                .justifyWith((seat, score) -> quality(UNDER_SERVED_FIRST, seat, seat.needPoints(),
                        Integer.toString(seat.organisation().hoursReceivedLast12Months())))
                .indictWith(Matches::seatAndProvider)
                .asConstraint(UNDER_SERVED_FIRST.constraintName());
    }

    /** Serve small and regional OSBLs first: reward hours, once for small, once for regional. */
    public Constraint smallAndRegionalFirst(ConstraintFactory factory) {
        return assigned(factory)
                .filter(seat -> seat.smallAndRegionalPoints() > 0)
                .rewardConfigurableLong(seat -> (long) seat.hours() * seat.smallAndRegionalPoints())
                .justifyWith((seat, score) -> quality(SMALL_AND_REGIONAL_FIRST, seat, seat.smallAndRegionalPoints(),
                        (seat.organisation().small() ? "small" : "") + (seat.organisation().regional() ? " regional" : "")))
                .indictWith(Matches::seatAndProvider)
                .asConstraint(SMALL_AND_REGIONAL_FIRST.constraintName());
    }

    /** No OSBL takes a disproportionate share: penalise the square of each one's matched hours (/100). */
    public Constraint fairShare(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::organisation, ConstraintCollectors.sumLong(Seat::hours))
                .penalizeConfigurableLong((organisation, hours) -> hours * hours / 100)
                .justifyWith((organisation, hours, score) -> new OrganisationShare(organisation.id(), hours))
                .indictWith((organisation, hours) -> List.of(organisation))
                .asConstraint(FAIR_SHARE.constraintName());
    }

    /** One firm across a project's seats: penalise each firm beyond the first. */
    public Constraint oneFirmPerProject(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getProvider() instanceof FirmObligation)
                .groupBy(Seat::projectId, ConstraintCollectors.countDistinct(Seat::firmId))
                .filter((project, firms) -> firms > 1)
                .penalizeConfigurableLong((project, firms) -> firms - 1)
                .justifyWith((project, firms, score) -> new ProjectFirms(project, firms))
                .indictWith((project, firms) -> List.of(project))
                .asConstraint(ONE_FIRM_PER_PROJECT.constraintName());
    }

    /** A volunteer on a project where a firm also works learns from it: reward each such seat. */
    public Constraint volunteerBesideFirm(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getProvider() instanceof Volunteer)
                .ifExists(Seat.class, Joiners.equal(Seat::projectId),
                        Joiners.filtering((volunteerSeat, firmSeat) -> firmSeat.getProvider() instanceof FirmObligation))
                .rewardConfigurableLong(seat -> 1)
                .justifyWith((seat, score) -> quality(VOLUNTEER_BESIDE_FIRM, seat, 1, seat.projectId()))
                .indictWith(Matches::seatAndProvider)
                .asConstraint(VOLUNTEER_BESIDE_FIRM.constraintName());
    }

    /** A volunteer learns what they want to learn: reward each required skill among their goals. */
    public Constraint learningGoals(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getProvider() instanceof Volunteer
                        && !seat.learningGoalsServed(seat.getProvider()).isEmpty())
                .rewardConfigurableLong(seat -> seat.learningGoalsServed(seat.getProvider()).size())
                .justifyWith((seat, score) -> quality(LEARNING_GOALS, seat,
                        seat.learningGoalsServed(seat.getProvider()).size(),
                        String.join(",", seat.learningGoalsServed(seat.getProvider()))))
                .indictWith(Matches::seatAndProvider)
                .asConstraint(LEARNING_GOALS.constraintName());
    }

    /** Prefer providers in the seat's (or its organisation's) region, remote seats included. */
    public Constraint proximity(ConstraintFactory factory) {
        return assigned(factory)
                .filter(seat -> !seat.near(seat.getProvider()))
                .penalizeConfigurableLong(seat -> 1)
                .justifyWith((seat, score) -> quality(PROXIMITY, seat, 1, seat.region().name()))
                .indictWith(Matches::seatAndProvider)
                .asConstraint(PROXIMITY.constraintName());
    }

    /** Fill seats with close deadlines first: an unassigned seat costs its hours times 0-10 points. */
    public Constraint deadlines(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.getProvider() == null && seat.deadlinePoints() > 0)
                .penalizeConfigurableLong(seat -> seat.hours() * seat.deadlinePoints())
                .justifyWith((seat, score) -> new MatchQuality(DEADLINES, seat.getId(), null, seat.deadlinePoints(),
                        seat.deadline().toString()))
                .indictWith(seat -> List.of(seat))
                .asConstraint(DEADLINES.constraintName());
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static UniConstraintStream<Seat> assigned(ConstraintFactory factory) {
        return factory.forEach(Seat.class);
    }

    /** Assigned seats matching the filter, each paired with every month its window touches. */
    private static BiConstraintStream<Seat, MonthBucket> monthsOf(ConstraintFactory factory, Predicate<Seat> filter) {
        return factory.forEach(Seat.class)
                .filter(filter)
                .join(MonthBucket.class, Joiners.lessThanOrEqual(Seat::firstMonth, MonthBucket::index),
                        Joiners.filtering((seat, month) -> seat.lastMonth() >= month.index()));
    }

    private static Constraint pairBreach(ConstraintFactory factory, MatchingConstraint constraint,
            Predicate<Seat> breach, java.util.function.Function<Seat, String> detail) {
        return assigned(factory)
                .filter(breach)
                .penalizeConfigurableLong(seat -> 1)
                .justifyWith((seat, score) -> new PairBreach(constraint, seat.getId(), seat.getProvider().getId(),
                        detail.apply(seat)))
                .indictWith(Matches::seatAndProvider)
                .asConstraint(constraint.constraintName());
    }

    private static MatchQuality quality(MatchingConstraint constraint, Seat seat, long points, String detail) {
        return new MatchQuality(constraint, seat.getId(), seat.getProvider().getId(), points, detail);
    }

    /** Indictment targets. */
    static final class Matches {
        private Matches() {
        }

        static List<Object> seatAndProvider(Seat seat) {
            return List.of(seat, seat.getProvider());
        }
    }

}
