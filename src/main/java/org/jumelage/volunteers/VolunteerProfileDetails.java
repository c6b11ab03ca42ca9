package org.jumelage.volunteers;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jumelage.shared.domain.ConflictOfInterest;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.WorkingLanguage;

/**
 * A volunteer's whole profile, for the volunteer themselves and for coordinators. The name and
 * address come from the account. {@code version} goes back with the next save.
 */
public record VolunteerProfileDetails(String userId, String displayName, String email, String institution,
        String programme, StudyLevel level, List<RequiredSkill> skills, List<String> learningGoals,
        Set<WorkingLanguage> languages, Region region, boolean remoteOk, List<AvailabilityWindow> windows,
        int maxConcurrentSeats, Integer creditHoursNeeded, boolean consentToShare, Instant consentChangedAt,
        Instant updatedAt, long version, List<ConflictOfInterest> conflicts) {

    public VolunteerProfileDetails {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** The profile as a command, to edit it. */
    public VolunteerProfileCommand toCommand() {
        return new VolunteerProfileCommand(institution, programme, level, skills, learningGoals, languages, region,
                remoteOk, windows, maxConcurrentSeats, creditHoursNeeded, consentToShare, conflicts);
    }
}
