package org.jumelage.projects;

import java.util.Map;

/**
 * What a provider allocated to a project's seat may know of it: its title, its organisation's name,
 * its state and the role titles of its seats (by seat id). No contact details, no questionnaire.
 */
public record ProjectHeading(String projectId, String title, String organisationName, ProjectStatus status,
        Map<String, String> seatTitles) {

    public ProjectHeading {
        seatTitles = seatTitles == null ? Map.of() : Map.copyOf(seatTitles);
    }

    /** The seat's role title, or its id when the seat has none (or no longer exists). */
    public String seatTitle(String seatId) {
        String title = seatTitles.get(seatId);
        return title == null || title.isBlank() ? seatId : title;
    }
}
