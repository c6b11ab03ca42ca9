package org.jumelage.volunteers;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jumelage.shared.validation.SaneDate;

/**
 * A period in which a volunteer can give a number of hours a week, e.g. "Session d’hiver", January
 * to April, 10 h/week. Both dates are included.
 */
public record AvailabilityWindow(
        @NotBlank(message = "{volunteer.window.label.required}")
        @Size(max = AvailabilityWindow.MAX_LABEL, message = "{volunteer.window.label.tooLong}")
        String label,

        @NotNull(message = "{volunteer.window.from.required}")
        @SaneDate LocalDate from,

        @NotNull(message = "{volunteer.window.to.required}")
        @SaneDate LocalDate to,

        @Min(value = AvailabilityWindow.MIN_HOURS, message = "{volunteer.window.hours.range}")
        @Max(value = AvailabilityWindow.MAX_HOURS, message = "{volunteer.window.hours.range}")
        int hoursPerWeek) {

    public static final int MAX_LABEL = 60;
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 40;

    /** The end must come after the start; a missing date is reported on its own. */
    @AssertTrue(message = "{volunteer.window.to.beforeFrom}")
    public boolean isPeriodValid() {
        return from == null || to == null || to.isAfter(from);
    }

    public boolean covers(LocalDate day) {
        return from != null && to != null && !day.isBefore(from) && !day.isAfter(to);
    }

    AvailabilityWindow trimmed() {
        return new AvailabilityWindow(label == null ? null : label.strip(), from, to, hoursPerWeek);
    }
}
