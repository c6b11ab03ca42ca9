package org.jumelage.impact.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.jumelage.firms.HoursOverview;
import org.jumelage.impact.dashboard.DashboardTestSupport;
import org.jumelage.impact.dashboard.EvaluationOutcomesSource;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;

/** The dashboards and the transparency page driven server-side with Karibu, on the fixture's figures. */
class DashboardViewsTest extends DashboardTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock appClock;
    @Autowired
    org.jumelage.shared.audit.AuditTrail audit;
    @Autowired
    ObjectProvider<EvaluationOutcomesSource> outcomes;
    @Autowired
    HoursOverview hoursOverview;
    @Autowired
    SkillCatalogue skills;

    @BeforeEach
    void setUp() {
        buildWorld(14);
        Karibu.start(context, Languages.FRENCH);
    }

    @AfterEach
    void tearDownVaadin() {
        Karibu.stop();
    }

    /** The component's text, with the narrow and no-break spaces of French numbers read as spaces. */
    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively().replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void the_coordinator_dashboard_shows_key_figures_tables_and_csv_in_french() {
        signIn(coordinator);
        CoordinatorDashboardView view = new CoordinatorDashboardView(dashboards, openData, appClock, outcomes, audit);
        UI.getCurrent().add(view);
        assertThat(text(view.keyFigures)).contains("Taux de jumelage", "50 %", "Heures confirmées");
        assertThat(text(view.firms)).contains(firm.profile().name(), "130", "75", "21", "17");
        assertThat(text(view.regions)).contains("Montréal", "Saguenay");
        assertThat(text(view.evaluations)).contains("Aucune évaluation pour le moment.");
        String csv = new String(view.firms.table.csvBytes(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFEntreprise;Heures dues;Heures attribuées;Heures réalisées;Heures confirmées")
                .contains(firm.profile().name() + ";130;75;21;17");
        String openCsv = new String(view.openData.csv(), StandardCharsets.UTF_8);
        assertThat(openCsv).startsWith("\uFEFFMois;Code de région;Région").contains(";02;").contains(";oui");

        view.filter.from.setValue(today());
        view.filter.to.setValue(today().minusDays(3));
        assertThat(view.filter.to.isInvalid()).isTrue();
        assertThat(view.filter.to.getErrorMessage()).isEqualTo("La fin de la période doit suivre son début.");

        view.filter.preset.setValue(PeriodFilter.Preset.ALL);
        assertThat(view.filter.period().from()).isNull();
        assertThat(view.filter.to.isInvalid()).isFalse();
    }

    @Test
    void the_organisation_and_firm_dashboards_show_their_own_figures_in_english() {
        UI.getCurrent().setLocale(Languages.ENGLISH);
        signIn(memberA);
        OrganisationDashboardView org = new OrganisationDashboardView(dashboards, appClock, outcomes);
        UI.getCurrent().add(org);
        assertThat(text(org.outcomes)).contains("Hours confirmed", "10", "Courses completed");
        assertThat(text(org.states)).contains("Matched");
        assertThat(text(org.evaluations)).contains("No evaluations yet.");

        signIn(firmMember);
        FirmDashboardView firmView = new FirmDashboardView(dashboards, appClock);
        UI.getCurrent().add(firmView);
        assertThat(text(firmView.progress)).contains(main.sourceReference(), "100", "75", "25");
        assertThat(text(firmView.expiring)).contains("Within 60 days", "30");
        assertThat(new String(firmView.expiring.table.csvBytes(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFExpiry,Obligations,Unallocated hours\r\nWithin 30 days,0,0");
    }

    @Test
    void the_transparency_page_names_a_firm_that_opted_in_and_no_person_or_osbl() {
        signIn(firmMember);
        firms.publishFulfilment(firm.id(), true, firms.get(firm.id()).version());

        signOut();
        TransparencyView page = new TransparencyView(openData);
        UI.getCurrent().add(page);
        assertThat(text(page.firms)).contains(firm.profile().name(), "13,1 %");
        assertThat(text(page)).doesNotContain(orgA.profile().legalName(), "Anne", "@");

        signIn(firmMember);
        firms.publishFulfilment(firm.id(), false, firms.get(firm.id()).version());
    }
}
