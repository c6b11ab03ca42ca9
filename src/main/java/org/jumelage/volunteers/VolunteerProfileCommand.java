package org.jumelage.volunteers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jumelage.shared.domain.ConflictOfInterest;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.WorkingLanguage;

/**
 * What a volunteer types about themselves. Messages are translation keys. The service trims texts,
 * treats blank optional texts as absent, and checks what Bean Validation cannot: skill codes exist in
 * the catalogue, no skill twice, languages are French or English.
 *
 * @param institution        free text; the form suggests Québec universities and cégeps
 * @param skills             skills the volunteer holds, each with their level
 * @param learningGoals      skill codes the volunteer wants to practise
 * @param remoteOk           whether the volunteer accepts seats worked remotely
 * @param creditHoursNeeded  hours a course asks them to do, if any
 * @param consentToShare     whether matched OSBLs may see the profile
 * @param conflicts          organisations the volunteer must not be matched with
 */
public record VolunteerProfileCommand(
        @Size(max = MAX_TEXT, message = "{volunteer.institution.tooLong}")
        String institution,

        @Size(max = MAX_TEXT, message = "{volunteer.programme.tooLong}")
        String programme,

        @NotNull(message = "{volunteer.level.required}")
        StudyLevel level,

        @NotNull(message = "{volunteer.skills.invalid}")
        @Size(max = MAX_SKILLS, message = "{volunteer.skills.tooMany}")
        List<RequiredSkill> skills,

        @NotNull(message = "{volunteer.learningGoals.invalid}")
        @Size(max = MAX_GOALS, message = "{volunteer.learningGoals.tooMany}")
        List<String> learningGoals,

        @NotEmpty(message = "{volunteer.languages.required}")
        Set<WorkingLanguage> languages,

        @NotNull(message = "{volunteer.region.required}")
        Region region,

        boolean remoteOk,

        @NotNull(message = "{volunteer.windows.invalid}")
        @Size(max = MAX_WINDOWS, message = "{volunteer.windows.tooMany}")
        List<@Valid AvailabilityWindow> windows,

        @Min(value = 1, message = "{volunteer.maxSeats.range}")
        @Max(value = 3, message = "{volunteer.maxSeats.range}")
        int maxConcurrentSeats,

        @Min(value = 0, message = "{volunteer.creditHours.range}")
        @Max(value = MAX_CREDIT_HOURS, message = "{volunteer.creditHours.range}")
        Integer creditHoursNeeded,

        boolean consentToShare,

        @Size(max = ConflictOfInterest.MAX_PER_PROFILE, message = "{conflict.tooMany}")
        List<@Valid ConflictOfInterest> conflicts) {

    /** A profile that declares no conflict of interest. */
    public VolunteerProfileCommand(String institution, String programme, StudyLevel level, List<RequiredSkill> skills,
            List<String> learningGoals, Set<WorkingLanguage> languages, Region region, boolean remoteOk,
            List<AvailabilityWindow> windows, int maxConcurrentSeats, Integer creditHoursNeeded,
            boolean consentToShare) {
        this(institution, programme, level, skills, learningGoals, languages, region, remoteOk, windows,
                maxConcurrentSeats, creditHoursNeeded, consentToShare, List.of());
    }

    public static final int MAX_TEXT = 150;
    public static final int MAX_SKILLS = 15;
    public static final int MAX_GOALS = 5;
    public static final int MAX_WINDOWS = 8;
    public static final int MAX_CREDIT_HOURS = 1_000;

    /** Texts stripped, blank optional texts null, null lists empty. */
    VolunteerProfileCommand trimmed() {
        List<AvailabilityWindow> trimmedWindows = new ArrayList<>();
        if (windows != null) {
            windows.forEach(w -> trimmedWindows.add(w == null ? null : w.trimmed()));
        }
        return new VolunteerProfileCommand(blankToNull(institution), blankToNull(programme), level,
                skills == null ? List.of() : new ArrayList<>(skills),
                learningGoals == null ? List.of() : new ArrayList<>(learningGoals),
                languages == null ? Set.of() : new LinkedHashSet<>(languages), region, remoteOk, trimmedWindows,
                maxConcurrentSeats, creditHoursNeeded, consentToShare,
                conflicts == null ? List.of() : conflicts.stream().map(c -> c == null ? null : c.trimmed()).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
