package org.jumelage.shared.domain;

/** Families of the skill catalogue. Labels: {@code skillFamily.<NAME>}. */
public enum SkillFamily {
    DATA,
    AI_ML,
    SOFTWARE,
    WEB,
    UX_ACCESSIBILITY,
    SECURITY_PRIVACY,
    INFRASTRUCTURE,
    PROJECT_MANAGEMENT,
    TRAINING_CHANGE,
    DIGITAL_COMMUNICATION;

    public String translationKey() {
        return "skillFamily." + name();
    }
}
