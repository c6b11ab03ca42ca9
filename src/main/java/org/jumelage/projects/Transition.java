package org.jumelage.projects;

import java.time.Instant;

/** One step of a project's life: who moved it, when, from which state to which, and why. */
public record Transition(Instant at, String byUserId, String byName, ProjectStatus from, ProjectStatus to,
        String comment) {
}
