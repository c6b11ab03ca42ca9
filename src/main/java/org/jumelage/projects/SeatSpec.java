package org.jumelage.projects;

import java.util.List;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.WorkingLanguage;

/**
 * One role the project needs filled: required skills with minimum levels, hours, who may take it,
 * on-site (in a region) or remote, and the working language.
 *
 * @param id stable within the project; null for a new seat
 */
public record SeatSpec(
        String id,
        String roleTitle,
        List<RequiredSkill> requiredSkills,
        int hours,
        ProviderKind providerKind,
        boolean remote,
        Region region,
        WorkingLanguage workingLanguage) {

    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 2_000;
    public static final int MAX_SKILLS = 5;

    public SeatSpec {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
    }

    public SeatSpec withId(String newId) {
        return new SeatSpec(newId, roleTitle, requiredSkills, hours, providerKind, remote, region, workingLanguage);
    }
}
