package org.jumelage.training;

/** How much a learner should already know. */
public enum CourseLevel {
    INTRODUCTORY,
    INTERMEDIATE,
    ADVANCED;

    public String translationKey() {
        return "training.level." + name();
    }
}
