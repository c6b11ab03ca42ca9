package org.jumelage.shared.domain;

/**
 * Mission domains of an organisation (from the seed report: access to services, collaboration
 * between OSBLs, rights advocacy, education, health and well-being, social work; plus culture,
 * environment and other). Labels: {@code sector.<NAME>}.
 */
public enum Sector {
    ACCESS_TO_SERVICES,
    COLLABORATION,
    RIGHTS_ADVOCACY,
    EDUCATION,
    HEALTH_WELLBEING,
    SOCIAL_WORK,
    CULTURE,
    ENVIRONMENT,
    OTHER;

    public String translationKey() {
        return "sector." + name();
    }
}
