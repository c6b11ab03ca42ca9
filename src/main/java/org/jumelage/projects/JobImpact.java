package org.jumelage.projects;

/**
 * Expected effect of a project on jobs. A reduction makes the project ineligible: it can be
 * submitted (so a coordinator sees it and can talk with the organisation) but never approved.
 */
public enum JobImpact {
    NONE,
    REALLOCATION,
    REDUCTION;

    public String translationKey() {
        return "jobImpact." + name();
    }
}
