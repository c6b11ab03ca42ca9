package org.jumelage.impact;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standard survey, the same for every programme so that results stay comparable. The
 * organisation answers every field; a provider answers only {@code objectives}, {@code skillsGained},
 * {@code satisfaction} and {@code comments} (the other fields must stay empty).
 *
 * @param objectives          how far the project's objectives were achieved, 1 (not at all) to 5 (fully)
 * @param hoursFreedPerMonth  staff hours the project frees each month, 0 or more
 * @param hoursNowUsedFor     what the freed hours are used for now; required when hours were freed
 * @param jobsEffect          the effect on jobs: none, reallocated or reduced
 * @param beneficiariesChange the change in the number of people the organisation reaches each month
 *                            because of the project: a signed whole number of people (negative when
 *                            fewer are reached), not a percentage, so that changes add up across
 *                            organisations of different sizes
 * @param skillsGained        skills the respondent's staff (or the volunteer) gained; optional
 * @param satisfaction        satisfaction with the other side (the providers for the organisation,
 *                            the organisation for a provider), 1 to 5
 * @param comments            anything else; optional
 */
public record SurveyAnswers(Integer objectives, Integer hoursFreedPerMonth, String hoursNowUsedFor,
        JobsEffect jobsEffect, Integer beneficiariesChange, String skillsGained, Integer satisfaction,
        String comments) {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_HOURS_PER_MONTH = 10_000;
    public static final int MAX_BENEFICIARIES_CHANGE = 1_000_000;

    /** The provider's variant: only the fields a provider can speak to. */
    public static SurveyAnswers ofProvider(Integer objectives, String skillsGained, Integer satisfaction,
            String comments) {
        return new SurveyAnswers(objectives, null, null, null, null, skillsGained, satisfaction, comments);
    }

    /** Text fields trimmed, blank ones null. */
    public SurveyAnswers normalised() {
        return new SurveyAnswers(objectives, hoursFreedPerMonth, clean(hoursNowUsedFor), jobsEffect,
                beneficiariesChange, clean(skillsGained), satisfaction, clean(comments));
    }

    /** One problem per field (translation keys), in the order of the form; empty when the answers are complete. */
    public Map<String, String> problems(Respondent respondent) {
        SurveyAnswers a = normalised();
        Map<String, String> problems = new LinkedHashMap<>();
        scale(problems, "objectives", a.objectives);
        if (respondent == Respondent.OSBL) {
            if (a.hoursFreedPerMonth == null) {
                problems.put("hoursFreedPerMonth", "evaluation.hoursFreed.required");
            } else if (a.hoursFreedPerMonth < 0 || a.hoursFreedPerMonth > MAX_HOURS_PER_MONTH) {
                problems.put("hoursFreedPerMonth", "evaluation.hoursFreed.range");
            }
            if (a.hoursFreedPerMonth != null && a.hoursFreedPerMonth > 0 && a.hoursNowUsedFor == null) {
                problems.put("hoursNowUsedFor", "evaluation.hoursNowUsedFor.required");
            }
            text(problems, "hoursNowUsedFor", a.hoursNowUsedFor);
            if (a.jobsEffect == null) {
                problems.put("jobsEffect", "evaluation.jobsEffect.required");
            }
            if (a.beneficiariesChange == null) {
                problems.put("beneficiariesChange", "evaluation.beneficiaries.required");
            } else if (Math.abs((long) a.beneficiariesChange) > MAX_BENEFICIARIES_CHANGE) {
                problems.put("beneficiariesChange", "evaluation.beneficiaries.range");
            }
        } else if (a.hoursFreedPerMonth != null || a.hoursNowUsedFor != null || a.jobsEffect != null
                || a.beneficiariesChange != null) {
            problems.put("objectives", "evaluation.provider.osblFieldsOnly");
        }
        text(problems, "skillsGained", a.skillsGained);
        scale(problems, "satisfaction", a.satisfaction);
        text(problems, "comments", a.comments);
        return problems;
    }

    private static void scale(Map<String, String> problems, String field, Integer value) {
        if (value == null) {
            problems.put(field, "evaluation.scale.required");
        } else if (value < 1 || value > 5) {
            problems.put(field, "evaluation.scale.range");
        }
    }

    private static void text(Map<String, String> problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.putIfAbsent(field, "evaluation.text.tooLong");
        }
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
