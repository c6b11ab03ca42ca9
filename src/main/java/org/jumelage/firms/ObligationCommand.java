package org.jumelage.firms;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.validation.SaneDate;

/**
 * A pro bono obligation as a firm member declares it.
 *
 * @param sourceReference the contract or programme and clause that creates the obligation
 * @param sectors         empty: any sector
 * @param regions         empty: any region
 */
public record ObligationCommand(
        @Min(value = 1, message = "{obligation.hours.range}") @Max(value = 10_000, message = "{obligation.hours.range}") int hoursOwed,
        @NotBlank(message = "{obligation.source.required}") @Size(max = 200, message = "{obligation.source.tooLong}") String sourceReference,
        @NotNull(message = "{obligation.start.required}") @SaneDate LocalDate startDate,
        @NotNull(message = "{obligation.expiry.required}") @SaneDate LocalDate expiryDate,
        Set<Sector> sectors,
        Set<Region> regions) {

    public ObligationCommand {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        sourceReference = sourceReference == null ? null : sourceReference.strip();
    }

    @AssertTrue(message = "{obligation.expiry.afterStart}")
    public boolean isExpiryAfterStart() {
        return startDate == null || expiryDate == null || expiryDate.isAfter(startDate);
    }
}
