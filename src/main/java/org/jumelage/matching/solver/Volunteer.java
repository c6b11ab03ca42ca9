package org.jumelage.matching.solver;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;

/**
 * A student or academic volunteer: {@code weeklyHours} over the availability windows, at most
 * {@code maxConcurrentSeats} seats at the same time.
 */
public final class Volunteer extends Provider {

    private final String userId;
    private final String name;
    private final int weeklyHours;
    private final List<DateRange> availability;
    private final Map<String, SkillLevel> skills;
    private final Set<String> learningGoals;
    private final Set<WorkingLanguage> languages;
    private final Region region;
    private final Set<Region> regions;
    private final boolean remoteOk;
    private final int maxConcurrentSeats;
    private final Set<String> completedCourses;
    private final Set<String> conflictsOfInterest;

    public Volunteer(String id, String userId, String name, int weeklyHours, List<DateRange> availability,
            Map<String, SkillLevel> skills, Set<String> learningGoals, Set<WorkingLanguage> languages, Region region,
            boolean remoteOk, int maxConcurrentSeats, Set<String> completedCourses, Set<String> conflictsOfInterest) {
        super(id);
        this.userId = Objects.requireNonNull(userId, "userId");
        this.name = name == null ? userId : name;
        this.weeklyHours = weeklyHours;
        this.availability = List.copyOf(availability);
        this.skills = Map.copyOf(skills);
        this.learningGoals = Set.copyOf(learningGoals);
        this.languages = Set.copyOf(languages);
        this.region = Objects.requireNonNull(region, "region");
        this.regions = Set.of(region);
        this.remoteOk = remoteOk;
        this.maxConcurrentSeats = maxConcurrentSeats;
        this.completedCourses = Set.copyOf(completedCourses);
        this.conflictsOfInterest = Set.copyOf(conflictsOfInterest);
    }

    public String userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public int weeklyHours() {
        return weeklyHours;
    }

    public List<DateRange> availability() {
        return availability;
    }

    public Set<String> learningGoals() {
        return learningGoals;
    }

    public Region region() {
        return region;
    }

    public boolean remoteOk() {
        return remoteOk;
    }

    public int maxConcurrentSeats() {
        return maxConcurrentSeats;
    }

    /** Weekly hours over the days of the month (a volunteer's load is checked month by month). */
    public long capacityIn(int monthIndex) {
        YearMonth month = YearMonth.of(monthIndex / 12, monthIndex % 12 + 1);
        return (long) weeklyHours * month.lengthOfMonth() / 7;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.VOLUNTEER;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public Map<String, SkillLevel> skills() {
        return skills;
    }

    @Override
    public Set<WorkingLanguage> languages() {
        return languages;
    }

    @Override
    public Set<Region> regions() {
        return regions;
    }

    @Override
    public Set<String> conflictsOfInterest() {
        return conflictsOfInterest;
    }

    @Override
    public Set<String> completedCourses() {
        return completedCourses;
    }

    @Override
    public boolean acceptsRemote() {
        return remoteOk;
    }

    /** Weekly hours over the days of its availability windows that fall in the window. */
    @Override
    public long deliverableHoursIn(DateRange window) {
        long days = 0;
        for (DateRange range : availability) {
            days += range.overlapDays(window);
        }
        return weeklyHours * days / 7;
    }
}
