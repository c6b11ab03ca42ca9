package org.jumelage.impact;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An evaluation as its form shows it: the request, the programme questions it carries (fixed when
 * it was requested) and, once submitted, the answers. {@code answerable} says whether the person
 * asking may still answer it.
 */
public record EvaluationDetails(String id, long version, EvaluationKind kind, Respondent respondent,
        String respondentName, String projectId, String projectTitle, String organisationName, Instant completedAt,
        Instant requestedAt, List<ProgrammeQuestion> questions, SurveyAnswers survey, FollowUpAnswers followUp,
        Map<String, String> programmeAnswers, Instant submittedAt, boolean answerable) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
