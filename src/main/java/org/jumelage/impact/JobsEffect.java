package org.jumelage.impact;

/** What the project did to jobs at the organisation. */
public enum JobsEffect {
    NONE,
    REALLOCATED,
    REDUCED;

    public String translationKey() {
        return "evaluation.jobs." + name();
    }
}
