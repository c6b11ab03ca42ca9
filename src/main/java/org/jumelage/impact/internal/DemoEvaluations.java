package org.jumelage.impact.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.SystemActor;
import org.jumelage.accounts.UserSummary;
import org.jumelage.impact.EvaluationKind;
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
 * (dated at its completion). The demo projects were completed without matches or ledger hours, so
 * only the organisations are asked. The surveys of organisations other than the demo OSBL account's
 * are answered, so outcomes have figures; the demo account's own stay to fill.
 */
@Component
class DemoEvaluations implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);
    private static final String DEMO_OSBL = "osbl@jumelage.demo";
    /** The author the demo projects' transitions carry. */
    private static final String DEMO_AUTHOR = "demo";

    private final EvaluationRequests requests;
    private final EvaluationRequestRepository repository;
    private final ProjectService projects;
    private final AccountService accounts;
    private final OrganisationDirectory organisations;
    private final SystemActor system;

    DemoEvaluations(EvaluationRequests requests, EvaluationRequestRepository repository, ProjectService projects,
            AccountService accounts, OrganisationDirectory organisations, SystemActor system) {
        this.requests = requests;
        this.repository = repository;
        this.projects = projects;
        this.accounts = accounts;
        this.organisations = organisations;
        this.system = system;
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
        int created = 0;
        int answered = 0;
        for (int i = 0; i < completed.size(); i++) {
            ProjectView p = completed.get(i);
            Instant at = p.timeline().stream().filter(t -> t.to() == ProjectStatus.COMPLETED).map(Transition::at)
                    .reduce((a, b) -> b).orElse(p.timeline().isEmpty() ? Instant.now() : p.timeline().get(0).at());
            created += requests.requestFor(p.id(), at);
            if (!p.organisationId().equals(demoOrganisation) && answer(p, at, i)) {
                answered++;
            }
        }
        log.info("Demo evaluations: {} requests for {} completed projects, {} answered", created, completed.size(),
                answered);
    }

    /** The organisation's survey, answered a few days after completion (written as the platform). */
    private boolean answer(ProjectView p, Instant completedAt, int i) {
        String key = EvaluationRequest.key(EvaluationKind.SURVEY, p.id(), Respondent.OSBL, p.organisationId());
        EvaluationRequest r = repository.findByRequestKey(key).orElse(null);
        if (r == null || r.getSubmittedAt() != null) {
            return false;
        }
        SurveyAnswers answers = new SurveyAnswers(4 + i % 2, 6 + 4 * i,
                "Plus de temps d’accompagnement auprès des familles.", i % 3 == 1 ? JobsEffect.REALLOCATED
                        : JobsEffect.NONE, 15 + 10 * i, "L’équipe sait maintenant tenir l’outil à jour elle-même.",
                5 - i % 2, "Une collaboration simple et respectueuse.");
        r.submitSurvey(answers, Map.of(), "demo", completedAt.plusSeconds(86_400L * (3 + i)));
        repository.save(r);
        return true;
    }
}
