package org.jumelage.reports;

import java.time.LocalDate;
import java.util.List;

import org.jumelage.shared.domain.RequiredSkill;

/**
 * What a volunteer gave, as the organisations confirmed it: hours per project seat, the skills the
 * seats required, the first and last days worked.
 */
public record ParticipationAttestation(String volunteerId, String volunteerName, List<Contribution> contributions,
        int totalHours, LocalDate firstDay, LocalDate lastDay) {

    public ParticipationAttestation {
        contributions = List.copyOf(contributions);
    }

    public record Contribution(String projectId, String projectTitle, String organisationName, String roleTitle,
            List<RequiredSkill> skills, LocalDate firstDay, LocalDate lastDay, int hours) {

        public Contribution {
            skills = List.copyOf(skills);
        }
    }
}
