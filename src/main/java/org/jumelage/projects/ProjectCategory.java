package org.jumelage.projects;

/**
 * What a project serves: the organisation's mission, or its internal operations (the seed report's
 * two lists). Labels: {@code projectCategory.<NAME>}.
 */
public enum ProjectCategory {
    ACCESS_TO_SERVICES(true),
    COLLABORATION(true),
    ADVOCACY(true),
    EDUCATION(true),
    HEALTH_WELLBEING(true),
    SOCIAL_WORK(true),
    HUMAN_RESOURCES(false),
    ACCOUNTING(false),
    MANAGEMENT(false),
    GRANT_APPLICATIONS(false),
    DONOR_OUTREACH(false);

    private final boolean mission;

    ProjectCategory(boolean mission) {
        this.mission = mission;
    }

    public boolean isMissionService() {
        return mission;
    }

    public String translationKey() {
        return "projectCategory." + name();
    }
}
