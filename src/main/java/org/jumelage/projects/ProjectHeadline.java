package org.jumelage.projects;

import java.util.List;
import java.util.Optional;

import org.jumelage.shared.domain.RequiredSkill;

/**
 * What a report or an attestation names of a project: its title, its organisation and its seats'
 * roles and required skills, and its state. No questionnaire, no contact details.
 */
public record ProjectHeadline(String id, String title, String organisationId, String organisationName,
        ProjectStatus status, List<Seat> seats) {

    public ProjectHeadline {
        seats = seats == null ? List.of() : List.copyOf(seats);
    }

    public Optional<Seat> seat(String seatId) {
        return seats.stream().filter(s -> s.id() != null && s.id().equals(seatId)).findFirst();
    }

    /** The seat's role title, or its id when the seat has none (or no longer exists). */
    public String seatTitle(String seatId) {
        return seat(seatId).map(Seat::roleTitle).filter(t -> t != null && !t.isBlank()).orElse(seatId);
    }

    /** One seat: its id within the project, its role and the skills it requires. */
    public record Seat(String id, String roleTitle, List<RequiredSkill> requiredSkills) {
        public Seat {
            requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        }
    }
}
