package org.jumelage.volunteers;

import java.util.List;
import java.util.Set;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.WorkingLanguage;

/**
 * What matching may know of a volunteer who consented to share their profile. Deliberately without
 * contact details (no e-mail address): an OSBL reaches a volunteer only through an accepted match.
 * {@code conflictOrganisationIds}: the organisations they declared a conflict of interest with (without
 * the reasons).
 */
public record VolunteerSummary(String userId, String displayName, StudyLevel level, List<RequiredSkill> skills,
        List<String> learningGoals, Set<WorkingLanguage> languages, Region region, boolean remoteOk,
        List<AvailabilityWindow> windows, int maxConcurrentSeats, Set<String> conflictOrganisationIds) {
}
