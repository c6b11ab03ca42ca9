package org.jumelage.impact;

/** Who an evaluation request asks: the project's organisation, a firm that gave hours, or a volunteer. */
public enum Respondent {
    OSBL,
    FIRM,
    VOLUNTEER;

    public boolean isProvider() {
        return this != OSBL;
    }

    public String translationKey() {
        return "evaluation.respondent." + name();
    }
}
