package org.jumelage.matching.solver;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every constraint: its id (the key {@code weight.<id>} in {@code matching.properties} and in the
 * JSON {@code weights}), its name as OptaPlanner reports it, its score level and its default weight.
 */
public enum MatchingConstraint {
    OBLIGATION_CAPACITY("obligation-capacity", "Obligation hours within capacity", Level.HARD, 1),
    FIRM_MONTHLY_CAPACITY("firm-monthly-capacity", "Firm monthly capacity", Level.HARD, 1),
    VOLUNTEER_WEEKLY_HOURS("volunteer-weekly-hours", "Volunteer weekly hours", Level.HARD, 1),
    REQUIRED_SKILLS("required-skills", "Required skills at level", Level.HARD, 1),
    WORKING_LANGUAGE("working-language", "Working language", Level.HARD, 1),
    PROVIDER_KIND("provider-kind", "Provider kind allowed", Level.HARD, 1),
    AVAILABILITY("availability", "Availability covers the seat", Level.HARD, 1),
    CONFLICT_OF_INTEREST("conflict-of-interest", "No conflict of interest", Level.HARD, 1),
    VOLUNTEER_CONCURRENT_SEATS("volunteer-concurrent-seats", "Volunteer concurrent seats", Level.HARD, 1),
    PLACE_OF_WORK("place-of-work", "On-site region and remote work", Level.HARD, 1),
    PRIVACY_COURSE("privacy-course", "Privacy course for personal data", Level.HARD, 1),
    OBLIGATION_RESTRICTIONS("obligation-restrictions", "Obligation restrictions", Level.HARD, 1),
    EXCLUDED_PAIR("excluded-pair", "Excluded seat and provider", Level.HARD, 1),
    UNASSIGNED_HOURS("unassigned-hours", "Unassigned hours", Level.MEDIUM, 1),
    SPREAD_ACROSS_OSBLS("spread-across-osbls", "Hours spread across OSBLs", Level.MEDIUM, 1),
    SHARE_CAP("share-cap", "Hours beyond an OSBL's share", Level.MEDIUM, 2),
    SKILL_FIT("skill-fit", "Skill fit", Level.SOFT, 1),
    EXPIRING_FIRST("expiring-first", "Obligations expiring soonest first", Level.SOFT, 1),
    UNDER_SERVED_FIRST("under-served-first", "Under-served OSBLs first", Level.SOFT, 1),
    SMALL_AND_REGIONAL_FIRST("small-and-regional-first", "Small and regional OSBLs first", Level.SOFT, 2),
    FAIR_SHARE("fair-share", "No disproportionate share", Level.SOFT, 1),
    ONE_FIRM_PER_PROJECT("one-firm-per-project", "One firm per project", Level.SOFT, 50),
    VOLUNTEER_BESIDE_FIRM("volunteer-beside-firm", "Volunteer beside a firm", Level.SOFT, 50),
    LEARNING_GOALS("learning-goals", "Volunteer learning goals", Level.SOFT, 10),
    PROXIMITY("proximity", "Proximity", Level.SOFT, 20),
    DEADLINES("deadlines", "Close deadlines first", Level.SOFT, 5);

    public enum Level {
        HARD,
        MEDIUM,
        SOFT
    }

    private final String id;
    private final String constraintName;
    private final Level level;
    private final long defaultWeight;

    MatchingConstraint(String id, String constraintName, Level level, long defaultWeight) {
        this.id = id;
        this.constraintName = constraintName;
        this.level = level;
        this.defaultWeight = defaultWeight;
    }

    public String id() {
        return id;
    }

    public String constraintName() {
        return constraintName;
    }

    public Level level() {
        return level;
    }

    public long defaultWeight() {
        return defaultWeight;
    }

    public static Optional<MatchingConstraint> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static Optional<MatchingConstraint> byName(String constraintName) {
        return Arrays.stream(values()).filter(c -> c.constraintName.equals(constraintName)).findFirst();
    }
}
