package org.jumelage.shared.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An organisation (OSBL) a firm or a volunteer must not be matched with, declared on their profile,
 * with an optional reason in their own words (a board seat, a relative on staff, a client...).
 */
public record ConflictOfInterest(
        @NotBlank(message = "{conflict.organisation.required}") String organisationId,
        @Size(max = ConflictOfInterest.MAX_REASON, message = "{conflict.reason.tooLong}") String reason) {

    /** Longest reason, in characters. */
    public static final int MAX_REASON = 300;

    /** Most conflicts one profile declares. */
    public static final int MAX_PER_PROFILE = 50;

    /** The reason stripped of surrounding blanks; a blank reason becomes null. */
    public ConflictOfInterest trimmed() {
        return new ConflictOfInterest(organisationId == null ? null : organisationId.strip(),
                reason == null || reason.isBlank() ? null : reason.strip());
    }
}
