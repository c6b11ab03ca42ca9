package org.jumelage.impact;

/**
 * The follow-up 90 days after completion: are the deliverables still in use, and a comment (required
 * when they are only partly or no longer in use, so the answer says why).
 */
public record FollowUpAnswers(StillInUse stillInUse, String comment) {

    public FollowUpAnswers normalised() {
        return new FollowUpAnswers(stillInUse, SurveyAnswers.clean(comment));
    }
}
