package org.jumelage.privacy;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jumelage.shared.validation.SaneDate;

/**
 * What the register holds about one confidentiality incident (the content Law 25's regulation asks
 * for): when it happened and was discovered, what happened and which information, how many people,
 * whether it presents a risk of serious injury and why, when the Commission and the people concerned
 * were notified, and the measures taken. Messages are translation keys.
 */
public record IncidentCommand(
        @SaneDate LocalDate occurredOn,

        @NotNull(message = "{incident.discoveredOn.required}")
        @SaneDate LocalDate discoveredOn,

        @NotBlank(message = "{incident.description.required}")
        @Size(max = 4000, message = "{incident.text.tooLong}")
        String description,

        @NotBlank(message = "{incident.information.required}")
        @Size(max = 2000, message = "{incident.text.tooLong}")
        String personalInformation,

        @Min(value = 0, message = "{incident.persons.range}")
        @Max(value = 10_000_000, message = "{incident.persons.range}")
        int personsConcerned,

        boolean seriousInjuryRisk,

        @Size(max = 2000, message = "{incident.text.tooLong}")
        String riskAssessment,

        @SaneDate LocalDate commissionNotifiedOn,

        @SaneDate LocalDate personsNotifiedOn,

        @Size(max = 4000, message = "{incident.text.tooLong}")
        String measures) {
}
