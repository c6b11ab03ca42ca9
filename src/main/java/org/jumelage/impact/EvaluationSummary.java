package org.jumelage.impact;

import java.time.Instant;

/** One line of "My evaluations": what is asked, of whom, about which project, and whether it is done. */
public record EvaluationSummary(String id, EvaluationKind kind, Respondent respondent, String respondentName,
        String projectId, String projectTitle, String organisationName, Instant requestedAt, Instant submittedAt) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
