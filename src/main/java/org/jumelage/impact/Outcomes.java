package org.jumelage.impact;

import java.time.LocalDate;
import java.util.Map;

/**
 * Aggregated evaluation results for the projects completed in a period (see
 * {@link EvaluationOutcomes#summary}). Averages are null when nobody answered.
 *
 * @param from                            first completion day counted (inclusive)
 * @param to                              last completion day counted (inclusive)
 * @param organisationId                  the one organisation counted, or null for all
 * @param surveysRequested                standard surveys asked (organisations and providers)
 * @param surveysAnswered                 standard surveys submitted
 * @param organisationAnswers             of which by organisations
 * @param providerAnswers                 of which by firms and volunteers
 * @param averageObjectives               objectives achieved, 1–5, over every submitted survey
 * @param averageObjectivesByOrganisations the same, organisations' answers only
 * @param averageSatisfactionOfOrganisations organisations' satisfaction with their providers, 1–5
 * @param averageSatisfactionOfProviders  providers' satisfaction with the organisation, 1–5
 * @param staffHoursFreedPerMonth         sum of the staff hours freed per month the organisations reported
 * @param beneficiariesChange             sum of the signed changes in people reached per month
 * @param jobsEffects                     organisations' answers per effect on jobs (every effect present, 0 if none)
 * @param followUpsDue                    90-day follow-ups whose day has come
 * @param followUpsAnswered               of which answered
 * @param stillInUse                      follow-up answers per value (every value present, 0 if none)
 */
public record Outcomes(LocalDate from, LocalDate to, String organisationId, long surveysRequested,
        long surveysAnswered, long organisationAnswers, long providerAnswers, Double averageObjectives,
        Double averageObjectivesByOrganisations, Double averageSatisfactionOfOrganisations,
        Double averageSatisfactionOfProviders, long staffHoursFreedPerMonth, long beneficiariesChange,
        Map<JobsEffect, Long> jobsEffects, long followUpsDue, long followUpsAnswered,
        Map<StillInUse, Long> stillInUse) {

    public Outcomes {
        jobsEffects = Map.copyOf(jobsEffects);
        stillInUse = Map.copyOf(stillInUse);
    }
}
