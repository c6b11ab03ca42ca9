package org.jumelage.privacy;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the incident register as shown to coordinators. */
public record IncidentView(String id, long version, LocalDate occurredOn, LocalDate discoveredOn, String description,
        String personalInformation, int personsConcerned, boolean seriousInjuryRisk, String riskAssessment,
        LocalDate commissionNotifiedOn, LocalDate personsNotifiedOn, String measures, String recordedBy,
        Instant recordedAt, Instant updatedAt) {

    public IncidentCommand command() {
        return new IncidentCommand(occurredOn, discoveredOn, description, personalInformation, personsConcerned,
                seriousInjuryRisk, riskAssessment, commissionNotifiedOn, personsNotifiedOn, measures);
    }

    /** A risk of serious injury that the Commission or the people concerned have not yet been told about. */
    public boolean notificationsPending() {
        return seriousInjuryRisk && (commissionNotifiedOn == null || personsNotifiedOn == null);
    }
}
