package org.jumelage.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jumelage.accounts.AccountService;
import org.jumelage.firms.FirmDirectory;
import org.jumelage.impact.EvaluationKind;
import org.jumelage.impact.EvaluationOutcomes;
import org.jumelage.impact.Evaluations;
import org.jumelage.impact.Outcomes;
import org.jumelage.impact.Respondent;
import org.jumelage.impact.dashboard.CoordinatorDashboard;
import org.jumelage.impact.dashboard.Dashboards;
import org.jumelage.impact.dashboard.EvaluationOutcomesSource;
import org.jumelage.impact.dashboard.ExpiryWindow;
import org.jumelage.impact.dashboard.FirmDashboard;
import org.jumelage.impact.dashboard.MonthFigures;
import org.jumelage.impact.dashboard.OpenData;
import org.jumelage.impact.dashboard.OrganisationDashboard;
import org.jumelage.impact.dashboard.Period;
import org.jumelage.impact.dashboard.Transparency;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.projects.ProjectFact;
import org.jumelage.projects.ProjectStatistics;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.shared.demo.DemoDataContributor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * On a fresh store with the demo data, what a newcomer finds on first start: projects in every state,
 * dashboards with a history of hours month by month, a public page naming the firms that opted in,
 * evaluations answered for the completed projects (so outcomes have figures) and exactly one left to
 * fill for the demo OSBL account and one for the demo volunteer; running the demo again adds nothing.
 *
 * <p>It only reads the demo store (running the contributors again writes nothing), so it leaves its
 * context open for {@code DemoBrowserTest}, which has the same configuration: the suite starts the
 * demo application once, and the tour, which closes it, finds the store exactly as a fresh install.
 */
@TestPropertySource(properties = "jumelage.demo-data=true")
class DemoEvaluationsTest extends OrganisationsTestSupport {

    private static final Set<String> COMPLETED_DEMO_PROJECTS = Set.of("Infolettre mensuelle et réseaux sociaux",
            "Sensibilisation à la cybersécurité", "Inscriptions en ligne au camp de jour");
    private static final String DEMO_OSBL = "osbl@jumelage.demo";
    /** The demo OSBL account's latest completed project, where the demo volunteer held a seat. */
    private static final String DEMO_OSBL_LATEST = "Suivi des demandes d’aide";

    @Autowired
    List<DemoDataContributor> contributors;
    @Autowired
    EvaluationRequestRepository requests;
    @Autowired
    EvaluationOutcomes outcomes;
    @Autowired
    Evaluations evaluations;
    @Autowired
    AccountService accountService;
    @Autowired
    OrganisationDirectory organisations;
    @Autowired
    FirmDirectory firmDirectory;
    @Autowired
    ProjectStatistics projectStatistics;
    @Autowired
    Dashboards dashboards;
    @Autowired
    OpenData openData;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EvaluationOutcomesSource dashboardOutcomes;

    private Person demo(String email) {
        return new Person(email, accountService.findByEmail(email).orElseThrow().id());
    }

    @Test
    void running_the_demo_contributors_again_creates_nothing() {
        Map<String, Long> before = counts();
        contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::demoOrder))
                .forEach(DemoDataContributor::createDemoData);
        assertThat(counts()).isEqualTo(before);
    }

    /** Documents per collection, leaving out what background jobs write on their own (mails, leases). */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            if (!name.equals("outbox") && !name.toLowerCase().contains("lock")) {
                counts.put(name, mongo.getCollection(name).countDocuments());
            }
        }
        return counts;
    }

    @Test
    void demo_projects_are_in_every_state() {
        Set<ProjectStatus> states = EnumSet.noneOf(ProjectStatus.class);
        projectStatistics.facts(null).stream().map(ProjectFact::status).forEach(states::add);
        assertThat(states).containsExactlyInAnyOrder(ProjectStatus.values());
    }

    @Test
    void the_coordinator_dashboard_shows_a_year_of_delivered_and_confirmed_hours() {
        signIn(demo("coordination@jumelage.demo"));
        CoordinatorDashboard year = dashboards.coordinator(Period.lastTwelveMonths(clock));

        assertThat(year.months()).filteredOn(m -> m.delivered() > 0).hasSizeGreaterThanOrEqualTo(8);
        assertThat(year.months()).filteredOn(m -> m.confirmed() > 0).hasSizeGreaterThanOrEqualTo(8);
        assertThat(year.months()).filteredOn(m -> m.completions() > 0).hasSizeGreaterThanOrEqualTo(6);
        assertThat(year.months().stream().mapToLong(MonthFigures::allocated).sum()).isPositive();
        assertThat(year.byRegion()).filteredOn(g -> g.confirmed() > 0).hasSizeGreaterThanOrEqualTo(5);
        assertThat(year.bySector()).filteredOn(g -> g.confirmed() > 0).hasSizeGreaterThanOrEqualTo(5);
        assertThat(year.byFirm()).filteredOn(g -> g.delivered() > 0).hasSizeGreaterThanOrEqualTo(4);
        assertThat(year.equity().confirmed()).isPositive();
        assertThat(year.equity().outsideCentresShare()).isBetween(0.2, 0.95);
        assertThat(year.equity().smallShare()).isPositive();
        assertThat(year.equity().gini()).isNotNull();
        assertThat(year.completions()).isPositive();
        assertThat(year.medianDaysToMatch()).isNotNull();
        // Eighteen months back, the history starts before the twelve months.
        CoordinatorDashboard all = dashboards.coordinator(Period.ALL);
        assertThat(all.months()).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void the_demo_organisation_and_the_demo_firm_have_dashboards_with_figures() {
        signIn(demo(DEMO_OSBL));
        OrganisationDashboard osbl = dashboards.mineAsOrganisation(Period.lastTwelveMonths(clock));
        assertThat(osbl.hoursConfirmed()).isPositive();
        assertThat(osbl.projectsCompleted()).isEqualTo(1);
        assertThat(dashboards.mineAsOrganisation(Period.ALL).projectsCompleted()).isGreaterThanOrEqualTo(2);
        assertThat(osbl.completions()).isPositive();

        signIn(demo("entreprise@jumelage.demo"));
        FirmDashboard firm = dashboards.mineAsFirm(Period.ALL);
        assertThat(firm.months()).filteredOn(m -> m.delivered() > 0).hasSizeGreaterThanOrEqualTo(3);
        assertThat(firm.obligations()).anySatisfy(o -> assertThat(o.delivered()).isPositive());
        assertThat(firm.expiring()).filteredOn(w -> w.days() == 60).singleElement()
                .satisfies(w -> assertThat(w.obligations()).isPositive());
        assertThat(firm.expiring()).extracting(ExpiryWindow::hoursUnallocated).anySatisfy(h -> assertThat(h).isPositive());
    }

    @Test
    void the_public_page_shows_hours_by_region_and_sector_and_the_firms_that_opted_in() {
        Transparency page = openData.transparency();
        assertThat(page.hoursDelivered()).isPositive();
        assertThat(page.organisationsServed()).isGreaterThanOrEqualTo(10);
        assertThat(page.completions()).isPositive();
        assertThat(page.byRegion()).filteredOn(g -> g.hours() != null).extracting(Transparency.PublicGroup::key)
                .contains("MONTREAL", "SAGUENAY_LAC_SAINT_JEAN");
        assertThat(page.bySector()).filteredOn(g -> g.hours() != null).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.firms()).extracting(Transparency.FirmFulfilment::name)
                .contains("Nordique Analytique", "Données Fleuve inc.");
        assertThat(page.firms()).allSatisfy(f -> assertThat(f.confirmed()).isPositive());
    }

    @Test
    void completed_demo_projects_are_evaluated_except_one_survey_each_for_the_demo_osbl_and_volunteer() {
        String osbl = accountService.findByEmail(DEMO_OSBL).orElseThrow().id();
        String demoOrganisation = organisations.ofMember(osbl).orElseThrow().id();
        List<EvaluationRequest> surveys = requests.findAll().stream()
                .filter(r -> COMPLETED_DEMO_PROJECTS.contains(r.getProjectTitle()))
                .filter(r -> r.getKind() == EvaluationKind.SURVEY && r.getRespondent() == Respondent.OSBL).toList();
        assertThat(surveys).hasSize(COMPLETED_DEMO_PROJECTS.size());
        assertThat(surveys).filteredOn(r -> !r.getOrganisationId().equals(demoOrganisation))
                .allSatisfy(r -> assertThat(r.getSubmittedAt()).isNotNull());
        // Providers who held hours are asked too, and the follow-ups whose day has come are answered.
        assertThat(requests.findAll()).filteredOn(r -> r.getRespondent() == Respondent.FIRM)
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(requests.findAll()).filteredOn(r -> r.getKind() == EvaluationKind.FOLLOW_UP)
                .filteredOn(r -> r.getSubmittedAt() != null).hasSizeGreaterThanOrEqualTo(8);

        signIn(demo(DEMO_OSBL));
        assertThat(evaluations.pendingCount()).isEqualTo(1);
        assertThat(evaluations.mine()).filteredOn(e -> e.submittedAt() == null).singleElement()
                .satisfies(e -> assertThat(e.projectTitle()).isEqualTo(DEMO_OSBL_LATEST));
        signIn(demo("benevole@jumelage.demo"));
        assertThat(evaluations.pendingCount()).isEqualTo(1);
        assertThat(evaluations.mine()).filteredOn(e -> e.submittedAt() == null).singleElement()
                .satisfies(e -> assertThat(e.projectTitle()).isEqualTo(DEMO_OSBL_LATEST));

        Outcomes all = outcomes.summary(null, null, null);
        assertThat(all.organisationAnswers()).isGreaterThanOrEqualTo(10);
        assertThat(all.averageObjectivesByOrganisations()).isNotNull();
        // The dashboards' outcomes table, as a coordinator reads it: labels in words, not keys.
        signIn(demo("coordination@jumelage.demo"));
        assertThat(dashboardOutcomes.outcomes(null, Period.ALL, Locale.FRENCH))
                .extracting(EvaluationOutcomesSource.OutcomeLine::label)
                .contains("Évaluations remplies / demandées")
                .noneMatch(label -> label.contains("outcomes.") || label.contains("evaluation."));
    }
}
