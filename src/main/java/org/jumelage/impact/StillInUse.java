package org.jumelage.impact;

/** The follow-up's answer: are the project's deliverables still in use? */
public enum StillInUse {
    YES,
    PARTLY,
    NO;

    public String translationKey() {
        return "evaluation.inUse." + name();
    }
}
