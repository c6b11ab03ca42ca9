package org.jumelage.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.jumelage.accounts.AccountService;
import org.jumelage.impact.EvaluationKind;
import org.jumelage.impact.EvaluationOutcomes;
import org.jumelage.impact.Outcomes;
import org.jumelage.impact.Respondent;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.shared.demo.DemoDataContributor;
import org.jumelage.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a fresh store with the demo data: the demo's completed projects get their evaluations: the other organisations' surveys answered
 * (so the outcomes have figures), the demo OSBL account's left to fill; a second run adds nothing.
 */
@TestPropertySource(properties = "jumelage.demo-data=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoEvaluationsTest extends IntegrationTestBase {

    private static final Set<String> COMPLETED_DEMO_PROJECTS = Set.of("Infolettre mensuelle et réseaux sociaux",
            "Sensibilisation à la cybersécurité", "Inscriptions en ligne au camp de jour");

    @Autowired
    List<DemoDataContributor> contributors;
    @Autowired
    EvaluationRequestRepository requests;
    @Autowired
    EvaluationOutcomes outcomes;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationDirectory organisations;

    @Test
    void completed_demo_projects_are_evaluated_and_a_second_run_adds_nothing() {
        // The application started on an empty store with the demo data (its own context): run the
        // evaluations demo a second time.
        long count = requests.count();
        contributors.stream().filter(c -> c.demoOrder() == 60).forEach(DemoDataContributor::createDemoData);
        assertThat(requests.count()).isEqualTo(count);

        String osbl = accounts.findByEmail("osbl@jumelage.demo").orElseThrow().id();
        String demoOrganisation = organisations.ofMember(osbl).orElseThrow().id();
        List<EvaluationRequest> surveys = requests.findAll().stream()
                .filter(r -> COMPLETED_DEMO_PROJECTS.contains(r.getProjectTitle()))
                .filter(r -> r.getKind() == EvaluationKind.SURVEY && r.getRespondent() == Respondent.OSBL).toList();
        assertThat(surveys).hasSize(COMPLETED_DEMO_PROJECTS.size());
        assertThat(surveys).filteredOn(r -> !r.getOrganisationId().equals(demoOrganisation))
                .allSatisfy(r -> assertThat(requests.findById(r.getId()).orElseThrow().getSubmittedAt()).isNotNull());
        assertThat(surveys).filteredOn(r -> r.getOrganisationId().equals(demoOrganisation))
                .allSatisfy(r -> assertThat(requests.findById(r.getId()).orElseThrow().getSubmittedAt()).isNull());
        Outcomes all = outcomes.summary(null, null, null);
        assertThat(all.organisationAnswers()).isGreaterThanOrEqualTo(1);
        assertThat(all.averageObjectivesByOrganisations()).isNotNull();
    }
}
