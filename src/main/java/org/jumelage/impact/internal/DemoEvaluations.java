package org.jumelage.impact.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.SystemActor;
import org.jumelage.accounts.UserSummary;
import org.jumelage.impact.EvaluationKind;
import org.jumelage.impact.FollowUpAnswers;
import org.jumelage.impact.StillInUse;
import org.jumelage.impact.JobsEffect;
import org.jumelage.impact.Respondent;
import org.jumelage.impact.SurveyAnswers;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.ReviewFilter;
import org.jumelage.projects.Transition;
import org.jumelage.shared.demo.DemoDataContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo evaluations: every completed demo project gets its requests as if it had just been completed
 * (dated at its completion): the organisation and each provider that held hours on it (the demo
 * ledger history) are asked. Every survey and every follow-up whose day has come is answered a few
 * days after it was asked, so outcomes have figures, except two left to fill: the survey of the demo
 * OSBL account's most recently completed project, and the demo volunteer's survey.
 */
@Component
class DemoEvaluations implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);
    private static final String DEMO_OSBL = "osbl@jumelage.demo";
    private static final String DEMO_VOLUNTEER = "benevole@jumelage.demo";
    /** The author the demo projects' transitions carry. */
    private static final String DEMO_AUTHOR = "demo";

    private final EvaluationRequests requests;
    private final EvaluationRequestRepository repository;
    private final ProjectService projects;
    private final AccountService accounts;
    private final OrganisationDirectory organisations;
    private final SystemActor system;
    private final Clock clock;

    DemoEvaluations(EvaluationRequests requests, EvaluationRequestRepository repository, ProjectService projects,
            AccountService accounts, OrganisationDirectory organisations, SystemActor system, Clock clock) {
        this.requests = requests;
        this.repository = repository;
        this.projects = projects;
        this.accounts = accounts;
        this.organisations = organisations;
        this.system = system;
        this.clock = clock;
    }

    @Override
    public int demoOrder() {
        return 60;
    }

    @Override
    public void createDemoData() {
        // Only the demo's own projects (their transitions are signed "demo"): never real ones.
        List<ProjectView> completed = system.call(() -> projects.reviewQueue(
                new ReviewFilter(ProjectStatus.COMPLETED, null, null), 0, 500)).stream()
                .filter(p -> p.timeline().stream().anyMatch(t -> DEMO_AUTHOR.equals(t.byUserId()))).toList();
        if (completed.isEmpty()) {
            log.info("Demo evaluations: no completed demo project, nothing to evaluate");
            return;
        }
        String demoOrganisation = accounts.findByEmail(DEMO_OSBL).map(UserSummary::id)
                .flatMap(organisations::ofMember).map(OrganisationSummary::id).orElse(null);
        String demoVolunteer = accounts.findByEmail(DEMO_VOLUNTEER).map(UserSummary::id).orElse(null);
        String toFill = completed.stream().filter(p -> p.organisationId().equals(demoOrganisation))
                .max(Comparator.comparing(DemoEvaluations::completedAt)).map(ProjectView::id).orElse(null);
        Instant now = clock.instant();
        int created = 0;
        int answered = 0;
        for (int i = 0; i < completed.size(); i++) {
            ProjectView p = completed.get(i);
            created += requests.requestFor(p.id(), completedAt(p));
            for (EvaluationRequest r : repository.findByProjectId(p.id())) {
                boolean leftToFill = r.getKind() == EvaluationKind.SURVEY && (r.getRespondent() == Respondent.OSBL
                        ? p.id().equals(toFill) : r.getRespondentId().equals(demoVolunteer));
                if (r.getSubmittedAt() == null && !r.getAvailableFrom().isAfter(now) && !leftToFill) {
                    answer(r, i, now);
                    answered++;
                }
            }
        }
        log.info("Demo evaluations: {} requests for {} completed projects, {} answered", created, completed.size(),
                answered);
    }

    private static Instant completedAt(ProjectView p) {
        return p.timeline().stream().filter(t -> t.to() == ProjectStatus.COMPLETED).map(Transition::at)
                .reduce((a, b) -> b).orElse(p.timeline().isEmpty() ? Instant.now() : p.timeline().get(0).at());
    }

    /** A request answered a few days after it was asked, never later than now (written as the platform). */
    private void answer(EvaluationRequest r, int i, Instant now) {
        Instant at = r.getAvailableFrom().plusSeconds(86_400L * (3 + i % 9));
        at = at.isAfter(now) ? now : at;
        if (r.getKind() == EvaluationKind.FOLLOW_UP) {
            StillInUse inUse = i % 4 == 3 ? StillInUse.PARTLY : StillInUse.YES;
            r.submitFollowUp(new FollowUpAnswers(inUse, inUse == StillInUse.YES ? null
                    : "L’outil sert encore, mais une partie de l’équipe est revenue au tableur."), "demo", at);
        } else if (r.getRespondent() == Respondent.OSBL) {
            r.submitSurvey(new SurveyAnswers(4 + i % 2, 6 + 4 * (i % 8),
                    "Plus de temps d’accompagnement auprès des personnes.", i % 3 == 1 ? JobsEffect.REALLOCATED
                            : JobsEffect.NONE, 15 + 10 * (i % 10), "L’équipe sait maintenant tenir l’outil à jour elle-même.",
                    5 - i % 2, "Une collaboration simple et respectueuse."), Map.of(), "demo", at);
        } else {
            r.submitSurvey(SurveyAnswers.ofProvider(4 + (i + 1) % 2, r.getRespondent() == Respondent.VOLUNTEER
                    ? "Mener un projet réel avec un organisme, du besoin à la livraison." : null, 4 + i % 2,
                    "Une équipe engagée et des objectifs clairs."), Map.of(), "demo", at);
        }
        repository.save(r);
    }
}
