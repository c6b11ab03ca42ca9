package org.jumelage.volunteers;

import java.time.LocalDate;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.SkillLevel;

/**
 * What coordinators search volunteers by; every part is optional.
 *
 * @param minLevel        with {@code skillCode}: the lowest acceptable level (any when null)
 * @param availableOn     a day that one of the volunteer's windows covers
 * @param minHoursPerWeek the hours that window (or any window, without a day) must offer at least
 * @param text            words from the name, institution or programme
 */
public record VolunteerFilter(String skillCode, SkillLevel minLevel, Region region, LocalDate availableOn,
        Integer minHoursPerWeek, String text) {

    public static VolunteerFilter none() {
        return new VolunteerFilter(null, null, null, null, null, null);
    }
}
