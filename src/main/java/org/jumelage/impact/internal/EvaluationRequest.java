package org.jumelage.impact.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jumelage.impact.EvaluationKind;
import org.jumelage.impact.FollowUpAnswers;
import org.jumelage.impact.ImpactException;
import org.jumelage.impact.ProgrammeQuestion;
import org.jumelage.impact.Respondent;
import org.jumelage.impact.SurveyAnswers;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.storage.BaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One evaluation asked of one respondent about one completed project, and its answers. The request
 * key (kind, project, respondent) is unique, so a completion event handled twice asks nothing twice.
 * The standard answers and the programme answers are kept apart, and both are written once: a
 * submitted evaluation never changes (the version refuses a concurrent second submission).
 * A follow-up exists from the completion on but is shown and mailed only from {@code availableFrom}.
 */
@Document("evaluation_requests")
public class EvaluationRequest extends BaseDocument {

    private String requestKey;
    private EvaluationKind kind;
    private String projectId;
    private String projectTitle;
    private String organisationId;
    private String organisationName;
    private Sector sector;
    private Region region;
    private Respondent respondent;
    /** The organisation's id, the firm's id or the volunteer's user id. */
    private String respondentId;
    private String respondentName;
    private Instant completedAt;
    private Instant availableFrom;
    private Instant notifiedAt;
    private Instant remindedAt;
    private List<ProgrammeQuestion> questions;

    private SurveyAnswers survey;
    private FollowUpAnswers followUp;
    private Map<String, String> programmeAnswers;
    private Instant submittedAt;
    private String submittedBy;

    protected EvaluationRequest() {
    }

    public EvaluationRequest(EvaluationKind kind, String projectId, String projectTitle, String organisationId,
            String organisationName, Sector sector, Region region, Respondent respondent, String respondentId,
            String respondentName, Instant completedAt, Instant availableFrom, List<ProgrammeQuestion> questions) {
        this.requestKey = key(kind, projectId, respondent, respondentId);
        this.kind = kind;
        this.projectId = projectId;
        this.projectTitle = projectTitle;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.sector = sector;
        this.region = region;
        this.respondent = respondent;
        this.respondentId = respondentId;
        this.respondentName = respondentName;
        this.completedAt = completedAt;
        this.availableFrom = availableFrom;
        this.questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public static String key(EvaluationKind kind, String projectId, Respondent respondent, String respondentId) {
        return kind + ":" + projectId + ":" + respondent + ":" + respondentId;
    }

    public void submitSurvey(SurveyAnswers answers, Map<String, String> programme, String by, Instant at) {
        requireOpen(EvaluationKind.SURVEY);
        this.survey = answers;
        this.programmeAnswers = new LinkedHashMap<>(programme);
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public void submitFollowUp(FollowUpAnswers answers, String by, Instant at) {
        requireOpen(EvaluationKind.FOLLOW_UP);
        this.followUp = answers;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    private void requireOpen(EvaluationKind expected) {
        if (submittedAt != null) {
            throw new ImpactException("evaluation.alreadySubmitted");
        }
        if (kind != expected) {
            throw new ImpactException("evaluation.wrongKind");
        }
    }

    public String getRequestKey() {
        return requestKey;
    }

    public EvaluationKind getKind() {
        return kind;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Sector getSector() {
        return sector;
    }

    public Region getRegion() {
        return region;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public String getRespondentId() {
        return respondentId;
    }

    public String getRespondentName() {
        return respondentName;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getAvailableFrom() {
        return availableFrom;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public List<ProgrammeQuestion> getQuestions() {
        return questions == null ? List.of() : questions;
    }

    public SurveyAnswers getSurvey() {
        return survey;
    }

    public FollowUpAnswers getFollowUp() {
        return followUp;
    }

    public Map<String, String> getProgrammeAnswers() {
        return programmeAnswers == null ? Map.of() : programmeAnswers;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }
}
