package org.jumelage.firms;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.jumelage.shared.validation.SaneDate;

/** Dates (both inclusive) when the firm gives no pro bono hours, e.g. the holidays. */
public record BlackoutPeriod(
        @NotNull(message = "{firm.availability.fromRequired}") @SaneDate LocalDate from,
        @NotNull(message = "{firm.availability.toRequired}") @SaneDate LocalDate to) {

    @AssertTrue(message = "{firm.availability.toBeforeFrom}")
    public boolean isOrdered() {
        return from == null || to == null || !to.isBefore(from);
    }
}
