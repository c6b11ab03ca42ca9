package org.jumelage.impact;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One submitted evaluation, for exports: the standard answers (or the follow-up's) and, apart, the
 * programme questions it carried with their answers by question id.
 */
public record AnsweredEvaluation(String id, EvaluationKind kind, Respondent respondent, String respondentName,
        String projectId, String projectTitle, String organisationId, String organisationName, Instant completedAt,
        Instant submittedAt, SurveyAnswers survey, FollowUpAnswers followUp, List<ProgrammeQuestion> questions,
        Map<String, String> programmeAnswers) {
}
