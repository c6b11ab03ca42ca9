package org.jumelage.privacy.internal;

import java.time.LocalDate;

import org.jumelage.privacy.IncidentCommand;
import org.jumelage.shared.storage.BaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** One confidentiality incident of the register. Kept for at least five years after it is discovered. */
@Document("privacy_incidents")
public class Incident extends BaseDocument {

    private LocalDate occurredOn;
    private LocalDate discoveredOn;
    private String description;
    private String personalInformation;
    private int personsConcerned;
    private boolean seriousInjuryRisk;
    private String riskAssessment;
    private LocalDate commissionNotifiedOn;
    private LocalDate personsNotifiedOn;
    private String measures;
    private String recordedBy;

    protected Incident() {
    }

    public Incident(IncidentCommand command, String recordedBy) {
        apply(command);
        this.recordedBy = recordedBy;
    }

    public void apply(IncidentCommand c) {
        this.occurredOn = c.occurredOn();
        this.discoveredOn = c.discoveredOn();
        this.description = c.description().strip();
        this.personalInformation = c.personalInformation().strip();
        this.personsConcerned = c.personsConcerned();
        this.seriousInjuryRisk = c.seriousInjuryRisk();
        this.riskAssessment = c.riskAssessment() == null ? "" : c.riskAssessment().strip();
        this.commissionNotifiedOn = c.commissionNotifiedOn();
        this.personsNotifiedOn = c.personsNotifiedOn();
        this.measures = c.measures() == null ? "" : c.measures().strip();
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public LocalDate getDiscoveredOn() {
        return discoveredOn;
    }

    public String getDescription() {
        return description;
    }

    public String getPersonalInformation() {
        return personalInformation;
    }

    public int getPersonsConcerned() {
        return personsConcerned;
    }

    public boolean isSeriousInjuryRisk() {
        return seriousInjuryRisk;
    }

    public String getRiskAssessment() {
        return riskAssessment;
    }

    public LocalDate getCommissionNotifiedOn() {
        return commissionNotifiedOn;
    }

    public LocalDate getPersonsNotifiedOn() {
        return personsNotifiedOn;
    }

    public String getMeasures() {
        return measures;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
