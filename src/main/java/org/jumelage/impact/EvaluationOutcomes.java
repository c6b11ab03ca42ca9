package org.jumelage.impact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.ToIntFunction;

import org.jumelage.impact.internal.EvaluationRequest;
import org.jumelage.shared.validation.SaneDates;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Evaluation results for dashboards, exports and the public page.
 * <p>
 * Periods are on the projects' completion day in Québec's time zone (America/Montreal), both ends
 * included, so a survey and its follow-up count in the same period as their project. Only the
 * standard part is aggregated (it is the same for every programme); programme answers appear in
 * {@link #answered} rows.
 * <p>
 * No caller check here: {@link #summary} returns counts and averages only, while {@link #answered}
 * returns what respondents wrote, with their names — callers must check that the person asking may
 * see it (a coordinator, or a member of the one organisation asked for).
 */
@Service
public class EvaluationOutcomes {

    public static final ZoneId ZONE = ZoneId.of("America/Montreal");

    private final MongoTemplate mongo;
    private final Clock clock;

    public EvaluationOutcomes(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Counts and averages over the projects completed from {@code from} to {@code to} (inclusive).
     *
     * @param from                   first completion day; null for no lower bound
     * @param to                     last completion day; null for no upper bound
     * @param organisationIdOrNull   only this organisation's projects, or null for all
     */
    public Outcomes summary(LocalDate from, LocalDate to, String organisationIdOrNull) {
        List<EvaluationRequest> all = find(from, to, organisationIdOrNull);
        List<EvaluationRequest> surveys = all.stream().filter(r -> r.getKind() == EvaluationKind.SURVEY).toList();
        List<SurveyAnswers> answered = surveys.stream().map(EvaluationRequest::getSurvey).filter(Objects::nonNull)
                .toList();
        List<SurveyAnswers> byOrganisations = surveys.stream()
                .filter(r -> r.getRespondent() == Respondent.OSBL && r.getSurvey() != null)
                .map(EvaluationRequest::getSurvey).toList();
        List<SurveyAnswers> byProviders = surveys.stream()
                .filter(r -> r.getRespondent().isProvider() && r.getSurvey() != null)
                .map(EvaluationRequest::getSurvey).toList();

        Map<JobsEffect, Long> jobs = new EnumMap<>(JobsEffect.class);
        for (JobsEffect e : JobsEffect.values()) {
            jobs.put(e, byOrganisations.stream().filter(s -> s.jobsEffect() == e).count());
        }
        Instant now = clock.instant();
        List<EvaluationRequest> followUps = all.stream()
                .filter(r -> r.getKind() == EvaluationKind.FOLLOW_UP && !r.getAvailableFrom().isAfter(now)).toList();
        Map<StillInUse, Long> inUse = new EnumMap<>(StillInUse.class);
        for (StillInUse v : StillInUse.values()) {
            inUse.put(v, followUps.stream().filter(r -> r.getFollowUp() != null && r.getFollowUp().stillInUse() == v)
                    .count());
        }
        return new Outcomes(from, to, organisationIdOrNull, surveys.size(), answered.size(), byOrganisations.size(),
                byProviders.size(), average(answered, SurveyAnswers::objectives),
                average(byOrganisations, SurveyAnswers::objectives),
                average(byOrganisations, SurveyAnswers::satisfaction),
                average(byProviders, SurveyAnswers::satisfaction),
                sum(byOrganisations, SurveyAnswers::hoursFreedPerMonth),
                sum(byOrganisations, SurveyAnswers::beneficiariesChange), jobs, followUps.size(),
                followUps.stream().filter(r -> r.getSubmittedAt() != null).count(), inUse);
    }

    /** The submitted evaluations of the period, oldest completion first (see the class comment on access). */
    public List<AnsweredEvaluation> answered(LocalDate from, LocalDate to, String organisationIdOrNull) {
        return find(from, to, organisationIdOrNull).stream().filter(r -> r.getSubmittedAt() != null)
                .map(r -> new AnsweredEvaluation(r.getId(), r.getKind(), r.getRespondent(), r.getRespondentName(),
                        r.getProjectId(), r.getProjectTitle(), r.getOrganisationId(), r.getOrganisationName(),
                        r.getCompletedAt(), r.getSubmittedAt(), r.getSurvey(), r.getFollowUp(), r.getQuestions(),
                        r.getProgrammeAnswers()))
                .toList();
    }

    private List<EvaluationRequest> find(LocalDate from, LocalDate to, String organisationId) {
        if (!SaneDates.isSane(from) || !SaneDates.isSane(to)) {
            throw new ImpactException(SaneDates.isSane(from) ? "to" : "from", SaneDates.MESSAGE_KEY);
        }
        Criteria criteria = new Criteria();
        if (from != null || to != null) {
            criteria = Criteria.where("completedAt");
            if (from != null) {
                criteria = criteria.gte(from.atStartOfDay(ZONE).toInstant());
            }
            if (to != null) {
                criteria = criteria.lt(to.plusDays(1).atStartOfDay(ZONE).toInstant());
            }
        }
        if (organisationId != null) {
            criteria = criteria.and("organisationId").is(organisationId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("completedAt", "_id")), EvaluationRequest.class);
    }

    private static Double average(List<SurveyAnswers> answers, ToIntFunction<SurveyAnswers> value) {
        OptionalDouble avg = answers.stream().mapToInt(value).average();
        return avg.isPresent() ? avg.getAsDouble() : null;
    }

    private static long sum(List<SurveyAnswers> answers, java.util.function.Function<SurveyAnswers, Integer> value) {
        return answers.stream().map(value).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
    }
}
