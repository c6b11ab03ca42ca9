package org.jumelage.projects;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed moves between states: draft → submitted → (open | back to draft with comments |
 * rejected) → open → matched → in progress → completed; cancelled from any state before completed
 * (and not from rejected). Everything else is refused.
 */
public final class ProjectLifecycle {

    private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT = Map.of(
            ProjectStatus.DRAFT, EnumSet.of(ProjectStatus.SUBMITTED, ProjectStatus.CANCELLED),
            ProjectStatus.SUBMITTED, EnumSet.of(ProjectStatus.OPEN, ProjectStatus.DRAFT, ProjectStatus.REJECTED,
                    ProjectStatus.CANCELLED),
            ProjectStatus.OPEN, EnumSet.of(ProjectStatus.MATCHED, ProjectStatus.CANCELLED),
            ProjectStatus.MATCHED, EnumSet.of(ProjectStatus.IN_PROGRESS, ProjectStatus.OPEN, ProjectStatus.CANCELLED),
            ProjectStatus.IN_PROGRESS, EnumSet.of(ProjectStatus.COMPLETED, ProjectStatus.CANCELLED),
            ProjectStatus.COMPLETED, EnumSet.noneOf(ProjectStatus.class),
            ProjectStatus.REJECTED, EnumSet.noneOf(ProjectStatus.class),
            ProjectStatus.CANCELLED, EnumSet.noneOf(ProjectStatus.class));

    private ProjectLifecycle() {
    }

    public static boolean allows(ProjectStatus from, ProjectStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<ProjectStatus> next(ProjectStatus from) {
        return EnumSet.copyOf(NEXT.get(from).isEmpty() ? EnumSet.noneOf(ProjectStatus.class) : NEXT.get(from));
    }
}
