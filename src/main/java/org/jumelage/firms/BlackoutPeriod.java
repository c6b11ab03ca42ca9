package org.jumelage.firms;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** Dates (both inclusive) when the firm gives no pro bono hours, e.g. the holidays. */
public record BlackoutPeriod(
        @NotNull(message = "{firm.availability.fromRequired}") LocalDate from,
        @NotNull(message = "{firm.availability.toRequired}") LocalDate to) {

    @AssertTrue(message = "{firm.availability.toBeforeFrom}")
    public boolean isOrdered() {
        return from == null || to == null || !to.isBefore(from);
    }
}
