package org.jumelage.matching.solver;

import java.util.EnumMap;
import java.util.Map;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The weight of each constraint, from {@code matching.properties} (0 switches a constraint off). A
 * weight is one number; its level (hard, medium or soft) is the constraint's.
 */
@ConstraintConfiguration(constraintPackage = "org.jumelage.matching.solver")
public class MatchingWeights {

    @ConstraintWeight("Obligation hours within capacity")
    private HardMediumSoftLongScore obligationCapacity;
    @ConstraintWeight("Firm monthly capacity")
    private HardMediumSoftLongScore firmMonthlyCapacity;
    @ConstraintWeight("Volunteer weekly hours")
    private HardMediumSoftLongScore volunteerWeeklyHours;
    @ConstraintWeight("Required skills at level")
    private HardMediumSoftLongScore requiredSkills;
    @ConstraintWeight("Working language")
    private HardMediumSoftLongScore workingLanguage;
    @ConstraintWeight("Provider kind allowed")
    private HardMediumSoftLongScore providerKind;
    @ConstraintWeight("Availability covers the seat")
    private HardMediumSoftLongScore availability;
    @ConstraintWeight("No conflict of interest")
    private HardMediumSoftLongScore conflictOfInterest;
    @ConstraintWeight("Volunteer concurrent seats")
    private HardMediumSoftLongScore volunteerConcurrentSeats;
    @ConstraintWeight("On-site region and remote work")
    private HardMediumSoftLongScore placeOfWork;
    @ConstraintWeight("Privacy course for personal data")
    private HardMediumSoftLongScore privacyCourse;
    @ConstraintWeight("Obligation restrictions")
    private HardMediumSoftLongScore obligationRestrictions;
    @ConstraintWeight("Excluded seat and provider")
    private HardMediumSoftLongScore excludedPair;
    @ConstraintWeight("Unassigned hours")
    private HardMediumSoftLongScore unassignedHours;
    @ConstraintWeight("Hours spread across OSBLs")
    private HardMediumSoftLongScore spreadAcrossOsbls;
    @ConstraintWeight("Hours beyond an OSBL's share")
    private HardMediumSoftLongScore shareCap;
    @ConstraintWeight("Skill fit")
    private HardMediumSoftLongScore skillFit;
    @ConstraintWeight("Obligations expiring soonest first")
    private HardMediumSoftLongScore expiringFirst;
    @ConstraintWeight("Under-served OSBLs first")
    private HardMediumSoftLongScore underServedFirst;
    @ConstraintWeight("Small and regional OSBLs first")
    private HardMediumSoftLongScore smallAndRegionalFirst;
    @ConstraintWeight("No disproportionate share")
    private HardMediumSoftLongScore fairShare;
    @ConstraintWeight("One firm per project")
    private HardMediumSoftLongScore oneFirmPerProject;
    @ConstraintWeight("Volunteer beside a firm")
    private HardMediumSoftLongScore volunteerBesideFirm;
    @ConstraintWeight("Volunteer learning goals")
    private HardMediumSoftLongScore learningGoals;
    @ConstraintWeight("Proximity")
    private HardMediumSoftLongScore proximity;
    @ConstraintWeight("Close deadlines first")
    private HardMediumSoftLongScore deadlines;

    private final Map<MatchingConstraint, Long> weights;

    /** Default weights. */
    public MatchingWeights() {
        this(Map.of());
    }

    /** The given weights; a constraint not in the map keeps its default weight. */
    public MatchingWeights(Map<MatchingConstraint, Long> given) {
        EnumMap<MatchingConstraint, Long> all = new EnumMap<>(MatchingConstraint.class);
        for (MatchingConstraint constraint : MatchingConstraint.values()) {
            long weight = given.getOrDefault(constraint, constraint.defaultWeight());
            if (weight < 0) {
                throw new IllegalArgumentException("Weight of " + constraint.id() + " is negative: " + weight);
            }
            all.put(constraint, weight);
        }
        this.weights = Map.copyOf(all);
        this.obligationCapacity = score(MatchingConstraint.OBLIGATION_CAPACITY);
        this.firmMonthlyCapacity = score(MatchingConstraint.FIRM_MONTHLY_CAPACITY);
        this.volunteerWeeklyHours = score(MatchingConstraint.VOLUNTEER_WEEKLY_HOURS);
        this.requiredSkills = score(MatchingConstraint.REQUIRED_SKILLS);
        this.workingLanguage = score(MatchingConstraint.WORKING_LANGUAGE);
        this.providerKind = score(MatchingConstraint.PROVIDER_KIND);
        this.availability = score(MatchingConstraint.AVAILABILITY);
        this.conflictOfInterest = score(MatchingConstraint.CONFLICT_OF_INTEREST);
        this.volunteerConcurrentSeats = score(MatchingConstraint.VOLUNTEER_CONCURRENT_SEATS);
        this.placeOfWork = score(MatchingConstraint.PLACE_OF_WORK);
        this.privacyCourse = score(MatchingConstraint.PRIVACY_COURSE);
        this.obligationRestrictions = score(MatchingConstraint.OBLIGATION_RESTRICTIONS);
        this.excludedPair = score(MatchingConstraint.EXCLUDED_PAIR);
        this.unassignedHours = score(MatchingConstraint.UNASSIGNED_HOURS);
        this.spreadAcrossOsbls = score(MatchingConstraint.SPREAD_ACROSS_OSBLS);
        this.shareCap = score(MatchingConstraint.SHARE_CAP);
        this.skillFit = score(MatchingConstraint.SKILL_FIT);
        this.expiringFirst = score(MatchingConstraint.EXPIRING_FIRST);
        this.underServedFirst = score(MatchingConstraint.UNDER_SERVED_FIRST);
        this.smallAndRegionalFirst = score(MatchingConstraint.SMALL_AND_REGIONAL_FIRST);
        this.fairShare = score(MatchingConstraint.FAIR_SHARE);
        this.oneFirmPerProject = score(MatchingConstraint.ONE_FIRM_PER_PROJECT);
        this.volunteerBesideFirm = score(MatchingConstraint.VOLUNTEER_BESIDE_FIRM);
        this.learningGoals = score(MatchingConstraint.LEARNING_GOALS);
        this.proximity = score(MatchingConstraint.PROXIMITY);
        this.deadlines = score(MatchingConstraint.DEADLINES);
    }

    private HardMediumSoftLongScore score(MatchingConstraint constraint) {
        long weight = weights.get(constraint);
        return switch (constraint.level()) {
            case HARD -> HardMediumSoftLongScore.ofHard(weight);
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(weight);
            case SOFT -> HardMediumSoftLongScore.ofSoft(weight);
        };
    }

    public long weightOf(MatchingConstraint constraint) {
        return weights.get(constraint);
    }

    /** Every weight, by constraint, in declaration order. */
    public Map<MatchingConstraint, Long> asMap() {
        return new EnumMap<>(weights);
    }
}
