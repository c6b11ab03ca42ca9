package org.jumelage.impact;

/**
 * The standard survey asked at completion, or the follow-up asked 90 days later (of the organisation
 * only: it is the one that knows whether the deliverables are still in use).
 */
public enum EvaluationKind {
    SURVEY,
    FOLLOW_UP;

    public String translationKey() {
        return "evaluation.kind." + name();
    }
}
