package org.jumelage.matching.solver;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;

/**
 * A firm whose obligations provide hours. Its monthly capacity holds across all its obligations.
 *
 * @param teamSkills        best level its team holds, by skill code
 * @param conflictsOfInterest ids of organisations it declared a conflict of interest with
 * @param completedCourses  course codes its assigned staff completed (e.g. {@value Provider#PRIVACY_COURSE})
 */
public record Firm(String id, String name, int monthlyCapacityHours, Map<String, SkillLevel> teamSkills,
        Set<WorkingLanguage> languages, Set<Region> regions, Set<String> conflictsOfInterest,
        Set<String> completedCourses) {

    public Firm {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        teamSkills = Map.copyOf(teamSkills);
        languages = Set.copyOf(languages);
        regions = Set.copyOf(regions);
        conflictsOfInterest = Set.copyOf(conflictsOfInterest);
        completedCourses = Set.copyOf(completedCourses);
    }
}
