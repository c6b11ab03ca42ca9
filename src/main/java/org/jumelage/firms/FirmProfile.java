package org.jumelage.firms;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jumelage.shared.domain.ConflictOfInterest;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.WorkingLanguage;

/**
 * What a firm member types about their firm. The NEQ is optional (firms outside Québec have none);
 * when given it must have ten digits, spaces and dashes aside.
 */
public record FirmProfile(
        @NotBlank(message = "{firm.name.required}") @Size(max = 200, message = "{firm.name.tooLong}") String name,
        @Pattern(regexp = "^$|^[0-9 \\-]*$", message = "{firm.neq.invalid}") String neq,
        @NotNull(message = "{firm.size.required}") SizeBand size,
        @NotEmpty(message = "{firm.regions.required}") Set<Region> regions,
        @NotEmpty(message = "{firm.languages.required}") Set<WorkingLanguage> languages,
        @Size(max = 4000, message = "{firm.description.tooLong}") String description,
        @Valid @Size(max = 50, message = "{firm.teamSkills.tooMany}") List<TeamSkill> teamSkills,
        @NotBlank(message = "{validation.email.required}") @Email(regexp = org.jumelage.shared.validation.EmailAddresses.REGEX, message = "{validation.email.invalid}") @Size(max = 254, message = "{validation.email.invalid}") String contactEmail,
        @Size(max = 30, message = "{firm.contactPhone.invalid}") @Pattern(regexp = "^$|^[0-9 +().\\-]*$", message = "{firm.contactPhone.invalid}") String contactPhone,
        @Valid @Size(max = 24, message = "{firm.availability.tooMany}") List<AvailabilityPeriod> availability,
        @Valid @Size(max = 24, message = "{firm.availability.tooMany}") List<BlackoutPeriod> blackouts,
        @Valid @Size(max = ConflictOfInterest.MAX_PER_PROFILE, message = "{conflict.tooMany}") List<ConflictOfInterest> conflicts) {

    /** A profile that declares no conflict of interest. */
    public FirmProfile(String name, String neq, SizeBand size, Set<Region> regions, Set<WorkingLanguage> languages,
            String description, List<TeamSkill> teamSkills, String contactEmail, String contactPhone,
            List<AvailabilityPeriod> availability, List<BlackoutPeriod> blackouts) {
        this(name, neq, size, regions, languages, description, teamSkills, contactEmail, contactPhone, availability,
                blackouts, List.of());
    }

    public FirmProfile {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        teamSkills = teamSkills == null ? List.of() : List.copyOf(teamSkills);
        availability = availability == null ? List.of() : List.copyOf(availability);
        blackouts = blackouts == null ? List.of() : List.copyOf(blackouts);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** The same profile with these conflicts of interest. */
    public FirmProfile withConflicts(List<ConflictOfInterest> declared) {
        return new FirmProfile(name, neq, size, regions, languages, description, teamSkills, contactEmail,
                contactPhone, availability, blackouts, declared);
    }

    /** Texts stripped of surrounding blanks; blank optional texts become null. */
    public FirmProfile trimmed() {
        return new FirmProfile(strip(name), blankToNull(neq), size, regions, languages, blankToNull(description),
                teamSkills, strip(contactEmail), blankToNull(contactPhone), availability, blackouts,
                conflicts.stream().map(ConflictOfInterest::trimmed).toList());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
