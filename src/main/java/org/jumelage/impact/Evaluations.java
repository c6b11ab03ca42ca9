package org.jumelage.impact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDirectory;
import org.jumelage.firms.FirmSummary;
import org.jumelage.impact.internal.EvaluationRequest;
import org.jumelage.impact.internal.EvaluationRequestRepository;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.shared.validation.RequiredText;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Evaluations as the people asked see them: their list, one form, and the submission. Only the
 * respondent may answer (a member of the organisation or of the firm, or the volunteer);
 * coordinators may read. A submission is written once: it succeeds only while the evaluation is
 * unanswered (a conditional update, so of two members submitting together one is refused), and a
 * submitted evaluation never changes.
 */
@Service
public class Evaluations {

    private final EvaluationRequestRepository requests;
    private final MongoTemplate mongo;
    private final OrganisationDirectory organisations;
    private final FirmDirectory firms;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Evaluations(EvaluationRequestRepository requests, MongoTemplate mongo, OrganisationDirectory organisations,
            FirmDirectory firms, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.mongo = mongo;
        this.organisations = organisations;
        this.firms = firms;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person's evaluations whose day has come: unanswered first, newest first. */
    @PermitAll
    public List<EvaluationSummary> mine() {
        String me = currentUser.requireId();
        List<EvaluationRequest> found = new ArrayList<>(
                requests.findByRespondentAndRespondentIdIn(Respondent.VOLUNTEER, List.of(me)));
        organisations.ofMember(me).map(OrganisationSummary::id)
                .ifPresent(o -> found.addAll(requests.findByRespondentAndRespondentIdIn(Respondent.OSBL, List.of(o))));
        firms.ofMember(me).map(FirmSummary::id)
                .ifPresent(f -> found.addAll(requests.findByRespondentAndRespondentIdIn(Respondent.FIRM, List.of(f))));
        Instant now = clock.instant();
        return found.stream().filter(r -> !r.getAvailableFrom().isAfter(now))
                .sorted(Comparator.comparing((EvaluationRequest r) -> r.getSubmittedAt() != null)
                        .thenComparing(EvaluationRequest::getAvailableFrom, Comparator.reverseOrder())
                        .thenComparing(EvaluationRequest::getId))
                .map(Evaluations::summary).toList();
    }

    /** How many of the signed-in person's evaluations wait for an answer. */
    @PermitAll
    public long pendingCount() {
        return mine().stream().filter(e -> !e.submitted()).count();
    }

    /** One evaluation, for its respondent and for coordinators; others are told it does not exist. */
    @PermitAll
    public EvaluationDetails get(String evaluationId) {
        EvaluationRequest r = readable(evaluationId);
        return details(r, isRespondent(r) && r.getSubmittedAt() == null);
    }

    /**
     * Submits the survey: the standard answers (the provider's variant for a firm or a volunteer) and
     * the answers to the programme questions it carries, by question id. Scale and yes/no programme
     * questions need an answer; text ones are optional. Refused with every problem at once.
     */
    @PermitAll
    public EvaluationDetails submitSurvey(String evaluationId, SurveyAnswers answers,
            Map<String, String> programmeAnswers) {
        EvaluationRequest r = answerable(evaluationId, EvaluationKind.SURVEY);
        SurveyAnswers clean = (answers == null ? new SurveyAnswers(null, null, null, null, null, null, null, null)
                : answers).normalised();
        Map<String, String> problems = new LinkedHashMap<>(clean.problems(r.getRespondent()));
        Map<String, String> programme = new LinkedHashMap<>();
        for (ProgrammeQuestion q : r.getQuestions()) {
            String given = programmeAnswers == null ? null : programmeAnswers.get(q.id());
            String value = given == null || given.isBlank() ? null : given.strip();
            if (value == null) {
                if (q.type() != QuestionType.TEXT) {
                    problems.put("q-" + q.id(), "evaluation.programme.required");
                }
            } else if (!q.type().accepts(value)) {
                problems.put("q-" + q.id(), q.type() == QuestionType.TEXT ? "evaluation.text.tooLong"
                        : "evaluation.programme.invalid");
            } else {
                programme.put(q.id(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImpactException(problems);
        }
        Instant now = clock.instant();
        String me = currentUser.requireId();
        r.submitSurvey(clean, programme, me, now);
        write(r, new Update().set("survey", clean).set("programmeAnswers", programme).set("submittedBy", me)
                .set("submittedAt", now));
        return get(evaluationId);
    }

    /** Submits the 90-day follow-up: still in use (yes, partly, no) and a comment, required unless yes. */
    @PermitAll
    public EvaluationDetails submitFollowUp(String evaluationId, FollowUpAnswers answers) {
        EvaluationRequest r = answerable(evaluationId, EvaluationKind.FOLLOW_UP);
        FollowUpAnswers clean = (answers == null ? new FollowUpAnswers(null, null) : answers).normalised();
        Map<String, String> problems = new LinkedHashMap<>();
        if (clean.stillInUse() == null) {
            problems.put("stillInUse", "evaluation.inUse.required");
        }
        boolean reasonNeeded = clean.stillInUse() != null && clean.stillInUse() != StillInUse.YES;
        if (reasonNeeded && RequiredText.isBlank(clean.comment())) {
            problems.put("comment", "evaluation.inUse.commentRequired");
        }
        if (clean.comment() != null && clean.comment().length() > SurveyAnswers.MAX_TEXT) {
            problems.put("comment", "evaluation.text.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new ImpactException(problems);
        }
        Instant now = clock.instant();
        String me = currentUser.requireId();
        r.submitFollowUp(clean, me, now);
        write(r, new Update().set("followUp", clean).set("submittedBy", me).set("submittedAt", now));
        return get(evaluationId);
    }

    // --- helpers --------------------------------------------------------------------------------

    /** The one write of an evaluation: only while nobody has submitted it; the version moves on. */
    private void write(EvaluationRequest r, Update update) {
        Query open = Query.query(Criteria.where("_id").is(r.getId()).and("submittedAt").is(null));
        if (mongo.updateFirst(open, update.inc("version", 1), EvaluationRequest.class).getModifiedCount() != 1) {
            throw new ImpactException("evaluation.alreadySubmitted");
        }
    }

    private EvaluationRequest answerable(String evaluationId, EvaluationKind kind) {
        EvaluationRequest r = readable(evaluationId);
        if (!isRespondent(r)) {
            throw new ImpactException("evaluation.notYours");
        }
        if (r.getSubmittedAt() != null) {
            throw new ImpactException("evaluation.alreadySubmitted");
        }
        if (r.getKind() != kind) {
            throw new ImpactException("evaluation.wrongKind");
        }
        if (r.getAvailableFrom().isAfter(clock.instant())) {
            throw new ImpactException("evaluation.notYet");
        }
        return r;
    }

    private EvaluationRequest readable(String evaluationId) {
        EvaluationRequest r = requests.findById(evaluationId == null ? "" : evaluationId)
                .orElseThrow(() -> new ImpactException("evaluation.notFound"));
        if (!isRespondent(r) && !currentUser.hasRole(Role.COORDINATOR)) {
            throw new ImpactException("evaluation.notFound");
        }
        return r;
    }

    private boolean isRespondent(EvaluationRequest r) {
        String me = currentUser.id().orElse(null);
        if (me == null) {
            return false;
        }
        return switch (r.getRespondent()) {
            case VOLUNTEER -> r.getRespondentId().equals(me);
            case OSBL -> organisations.ofMember(me).map(o -> o.id().equals(r.getRespondentId())).orElse(false);
            case FIRM -> firms.ofMember(me).map(f -> f.id().equals(r.getRespondentId())).orElse(false);
        };
    }

    static EvaluationSummary summary(EvaluationRequest r) {
        return new EvaluationSummary(r.getId(), r.getKind(), r.getRespondent(), r.getRespondentName(),
                r.getProjectId(), r.getProjectTitle(), r.getOrganisationName(), r.getAvailableFrom(),
                r.getSubmittedAt());
    }

    private static EvaluationDetails details(EvaluationRequest r, boolean answerable) {
        return new EvaluationDetails(r.getId(), r.getVersion() == null ? 0 : r.getVersion(), r.getKind(),
                r.getRespondent(), r.getRespondentName(), r.getProjectId(), r.getProjectTitle(),
                r.getOrganisationName(), r.getCompletedAt(), r.getAvailableFrom(), r.getQuestions(), r.getSurvey(),
                r.getFollowUp(), r.getProgrammeAnswers(), r.getSubmittedAt(), answerable);
    }
}
