package org.jumelage.shared.domain;

/**
 * How well a person masters a skill, 1 to 4. Labels: {@code skillLevel.<n>}; one-line definitions:
 * {@code skillLevel.<n>.definition}.
 */
public enum SkillLevel {
    /** Knows the basics and can help under guidance. */
    BASIC(1),
    /** Works on their own on usual tasks. */
    WORKING(2),
    /** Handles complex cases and guides others. */
    ADVANCED(3),
    /** Recognised reference; designs and reviews. */
    EXPERT(4);

    private final int value;

    SkillLevel(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public boolean atLeast(SkillLevel minimum) {
        return value >= minimum.value;
    }

    public String translationKey() {
        return "skillLevel." + value;
    }

    public static SkillLevel of(int value) {
        for (SkillLevel level : values()) {
            if (level.value == value) {
                return level;
            }
        }
        throw new IllegalArgumentException("Skill level must be 1 to 4, was " + value);
    }
}
