package org.jumelage.projects;

import java.time.Instant;

/**
 * A project's figures for the impact dashboards: its organisation, state and the first time it was
 * submitted, opened for matching, matched and completed (null when it never was). No title, no people.
 */
public record ProjectFact(String id, String organisationId, ProjectStatus status, Instant submittedAt,
        Instant openedAt, Instant matchedAt, Instant completedAt, int seats, int totalHours) {
}
