package org.jumelage.firms;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jumelage.shared.domain.SkillLevel;

/** A skill the firm's team holds: at which level, and how many staff hold it. */
public record TeamSkill(
        @NotBlank(message = "{firm.teamSkills.skillRequired}") String skillCode,
        @NotNull(message = "{firm.teamSkills.levelRequired}") SkillLevel level,
        @Min(value = 1, message = "{firm.teamSkills.staffCount}") @Max(value = 100_000, message = "{firm.teamSkills.staffCount}") int staffCount) {
}
