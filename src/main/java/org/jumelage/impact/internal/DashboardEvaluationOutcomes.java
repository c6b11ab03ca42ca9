package org.jumelage.impact.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.impact.EvaluationOutcomes;
import org.jumelage.impact.JobsEffect;
import org.jumelage.impact.Outcomes;
import org.jumelage.impact.StillInUse;
import org.jumelage.impact.dashboard.DashboardException;
import org.jumelage.impact.dashboard.EvaluationOutcomesSource;
import org.jumelage.impact.dashboard.Period;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.shared.i18n.TranslationProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Feeds the dashboards' outcome tables from the evaluations: how many surveys were answered, average
 * objectives and satisfaction, staff hours freed, change in people reached, effect on jobs, and
 * whether deliverables are still in use at the 90-day follow-up. Empty while nobody answered.
 */
@Component
class DashboardEvaluationOutcomes implements EvaluationOutcomesSource {

    private final EvaluationOutcomes outcomes;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;
    private final OrganisationDirectory organisations;

    DashboardEvaluationOutcomes(EvaluationOutcomes outcomes, TranslationProvider translations,
            CurrentUser currentUser, OrganisationDirectory organisations) {
        this.outcomes = outcomes;
        this.translations = translations;
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    /** All organisations' outcomes for coordinators; one organisation's for its members and coordinators. */
    @Override
    @PreAuthorize("isAuthenticated()")
    public List<OutcomeLine> outcomes(String organisationId, Period period, Locale locale) {
        if (!currentUser.hasRole(Role.COORDINATOR) && (organisationId == null
                || !organisations.memberIds(organisationId).contains(currentUser.requireId()))) {
            throw new DashboardException("dashboard.notAllowed");
        }
        Outcomes o = outcomes.summary(period.from(), period.to(), organisationId);
        if (o.surveysAnswered() == 0 && o.followUpsAnswered() == 0) {
            return List.of();
        }
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(1);
        decimal.setMinimumFractionDigits(1);
        List<OutcomeLine> lines = new ArrayList<>();
        lines.add(line("outcomes.answered", locale, whole.format(o.surveysAnswered()) + " / "
                + whole.format(o.surveysRequested())));
        if (o.averageObjectives() != null) {
            lines.add(line("outcomes.objectives", locale, decimal.format(o.averageObjectives()) + " / 5"));
        }
        if (o.averageSatisfactionOfOrganisations() != null) {
            lines.add(line("outcomes.satisfaction.organisations", locale,
                    decimal.format(o.averageSatisfactionOfOrganisations()) + " / 5"));
        }
        if (o.averageSatisfactionOfProviders() != null) {
            lines.add(line("outcomes.satisfaction.providers", locale,
                    decimal.format(o.averageSatisfactionOfProviders()) + " / 5"));
        }
        lines.add(line("outcomes.hoursFreed", locale, whole.format(o.staffHoursFreedPerMonth())));
        lines.add(line("outcomes.beneficiaries", locale, (o.beneficiariesChange() > 0 ? "+" : "")
                + whole.format(o.beneficiariesChange())));
        for (JobsEffect effect : JobsEffect.values()) {
            lines.add(new OutcomeLine(message("outcomes.jobs", locale) + " — " + message("evaluation.jobs." + effect.name(),
                    locale), whole.format(o.jobsEffects().getOrDefault(effect, 0L))));
        }
        if (o.followUpsDue() > 0) {
            lines.add(line("outcomes.followUps", locale, whole.format(o.followUpsAnswered()) + " / "
                    + whole.format(o.followUpsDue())));
            for (StillInUse answer : StillInUse.values()) {
                lines.add(new OutcomeLine(message("outcomes.inUse", locale) + " — "
                        + message("evaluation.inUse." + answer.name(), locale),
                        whole.format(o.stillInUse().getOrDefault(answer, 0L))));
            }
        }
        return lines;
    }

    private OutcomeLine line(String key, Locale locale, String value) {
        return new OutcomeLine(message(key, locale), value);
    }

    private String message(String key, Locale locale) {
        // The application's bundle: Spring's MessageSource has no default bundle here and answered the bare key.
        return translations.getTranslation(key, locale);
    }
}
