package org.jumelage.firms;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jumelage.shared.validation.SaneDate;

/** Hours per month the firm can deliver from one date to another (both inclusive). */
public record AvailabilityPeriod(
        @NotNull(message = "{firm.availability.fromRequired}") @SaneDate LocalDate from,
        @NotNull(message = "{firm.availability.toRequired}") @SaneDate LocalDate to,
        @Min(value = 1, message = "{firm.availability.hoursPerMonth}") @Max(value = 2_000, message = "{firm.availability.hoursPerMonth}") int hoursPerMonth) {

    @AssertTrue(message = "{firm.availability.toBeforeFrom}")
    public boolean isOrdered() {
        return from == null || to == null || !to.isBefore(from);
    }
}
