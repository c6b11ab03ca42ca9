package org.jumelage.projects;

/** Where a project stands. Labels: {@code projectStatus.<NAME>}. */
public enum ProjectStatus {
    DRAFT,
    SUBMITTED,
    OPEN,
    MATCHED,
    IN_PROGRESS,
    COMPLETED,
    REJECTED,
    CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED;
    }

    public String translationKey() {
        return "projectStatus." + name();
    }
}
