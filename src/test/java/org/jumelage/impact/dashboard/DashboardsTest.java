package org.jumelage.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jumelage.accounts.Role;
import org.jumelage.projects.ProjectStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The dashboards' aggregations over the wire, checked against the fixture's known figures, and who may see what. */
class DashboardsTest extends DashboardTestSupport {

    @BeforeEach
    void world() {
        buildWorld(13);
    }

    @Test
    void the_coordinator_dashboard_sums_hours_by_month_region_and_firm() {
        signIn(coordinator);
        CoordinatorDashboard d = dashboards.coordinator(period);

        assertThat(d.months().stream().mapToLong(MonthFigures::owed).sum()).isEqualTo(130);
        assertThat(d.months().stream().mapToLong(MonthFigures::allocated).sum()).isEqualTo(75);
        assertThat(d.months().stream().mapToLong(MonthFigures::delivered).sum()).isEqualTo(21);
        assertThat(d.months().stream().mapToLong(MonthFigures::confirmed).sum()).isEqualTo(17);
        assertThat(d.months().stream().mapToLong(MonthFigures::completions).sum()).isEqualTo(3);
        assertThat(d.byRegion()).containsExactly(
                new GroupFigures("SAGUENAY_LAC_SAINT_JEAN", 0, 35, 11, 7),
                new GroupFigures("MONTREAL", 0, 40, 10, 10));
        assertThat(d.bySector()).containsExactly(new GroupFigures("SOCIAL_WORK", 0, 75, 21, 17));
        // Other tests' firms with obligations in the period share the store: this test's firm is checked.
        assertThat(d.byFirm()).filteredOn(g -> g.key().equals(firm.id()))
                .containsExactly(new GroupFigures(firm.id(), firm.profile().name(), 130, 75, 21, 17));
        assertThat(d.completions()).isEqualTo(3);
    }

    @Test
    void the_coordinator_dashboard_counts_projects_match_rate_time_to_match_and_equity() {
        signIn(coordinator);
        CoordinatorDashboard d = dashboards.coordinator(period);

        assertThat(d.projectsByState()).containsEntry(ProjectStatus.SUBMITTED, 1L)
                .containsEntry(ProjectStatus.OPEN, 1L).containsEntry(ProjectStatus.MATCHED, 1L)
                .containsEntry(ProjectStatus.COMPLETED, 0L).doesNotContainKey(ProjectStatus.DRAFT);
        assertThat(d.matchRate()).isEqualTo(0.5);
        assertThat(d.medianDaysToMatch()).isCloseTo(3.0, within(0.001));
        Equity e = d.equity();
        assertThat(e.confirmed()).isEqualTo(17);
        assertThat(e.smallShare()).isCloseTo(10.0 / 17, within(1e-9));
        assertThat(e.outsideCentresShare()).isCloseTo(7.0 / 17, within(1e-9));
        // A 10, B 6, C 0 (submitted, nothing confirmed), D 1: sorted 0 1 6 10.
        assertThat(e.organisations()).isEqualTo(4);
        assertThat(e.gini()).isCloseTo(2.0 * (0 + 2 * 1 + 3 * 6 + 4 * 10) / (4 * 17) - 5.0 / 4, within(1e-9));
    }

    @Test
    void a_period_before_the_fixture_counts_nothing_and_a_reversed_period_is_refused() {
        signIn(coordinator);
        CoordinatorDashboard d = dashboards.coordinator(new Period(today().minusYears(1), today().minusDays(20)));
        assertThat(d.months().stream().mapToLong(MonthFigures::confirmed).sum()).isZero();
        assertThat(d.matchRate()).isNull();
        assertThatThrownBy(() -> new Period(today(), today().minusDays(1))).hasMessage("dashboard.period.invalid");
    }

    @Test
    void an_osbl_member_sees_only_their_own_organisation() {
        signIn(memberA);
        OrganisationDashboard mine = dashboards.mineAsOrganisation(period);
        assertThat(mine.organisationId()).isEqualTo(orgA.id());
        assertThat(mine.hoursConfirmed()).isEqualTo(10);
        assertThat(mine.months().stream().mapToLong(MonthFigures::allocated).sum()).isEqualTo(40);
        assertThat(mine.completions()).isEqualTo(1);
        assertThat(mine.projectsByState()).containsEntry(ProjectStatus.MATCHED, 1L).containsEntry(ProjectStatus.DRAFT, 1L);
        assertThatThrownBy(() -> dashboards.organisation(orgB.id(), period)).hasMessage("dashboard.notAllowed");
        assertThatThrownBy(() -> dashboards.coordinator(period)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.firm(firm.id(), period)).hasMessage("dashboard.notAllowed");

        signIn(coordinator);
        assertThat(dashboards.organisation(orgB.id(), period).hoursConfirmed()).isEqualTo(6);
    }

    @Test
    void a_firm_member_sees_their_obligations_progress_and_hours_expiring_and_no_other_firm() {
        signIn(firmMember);
        FirmDashboard mine = dashboards.mineAsFirm(period);
        assertThat(mine.obligations()).extracting(ObligationProgress::owed, ObligationProgress::allocated,
                ObligationProgress::delivered, ObligationProgress::confirmed, ObligationProgress::remaining)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(30L, 0L, 0L, 0L, 30L),
                        org.assertj.core.groups.Tuple.tuple(100L, 75L, 21L, 17L, 25L));
        assertThat(mine.expiring()).containsExactly(new ExpiryWindow(30, 0, 0), new ExpiryWindow(60, 1, 30),
                new ExpiryWindow(90, 1, 30));
        assertThat(mine.months().stream().mapToLong(MonthFigures::owed).sum()).isEqualTo(130);
        assertThat(mine.months().stream().mapToLong(MonthFigures::confirmed).sum()).isEqualTo(17);

        Person other = person(Role.FIRM_MEMBER, Locale.FRENCH, "Autre");
        firmOf(other, "Autre firme");
        assertThatThrownBy(() -> dashboards.firm(firm.id(), period)).hasMessage("dashboard.notAllowed");
        assertThatThrownBy(() -> dashboards.mineAsOrganisation(period)).isInstanceOf(AccessDeniedException.class);
        signIn(coordinator);
        assertThat(dashboards.firm(firm.id(), period).firmName()).isEqualTo(firm.profile().name());
    }

    @Test
    void open_data_suppresses_cells_with_fewer_than_three_organisations() {
        List<OpenDataRow> rows = openData.rows(period);
        assertThat(rows).filteredOn(r -> r.region().equals("MONTREAL")).singleElement().satisfies(r -> {
            assertThat(r.suppressed()).isTrue();
            assertThat(r.hoursDelivered()).isNull();
            assertThat(r.courseCompletions()).isNull();
        });
        // B, C and D in Saguenay: B 6 confirmed, C 4 delivered, D 1 confirmed; B and C completed a course.
        assertThat(rows).filteredOn(r -> r.region().equals("SAGUENAY_LAC_SAINT_JEAN")).singleElement()
                .isEqualTo(new OpenDataRow(rows.stream().filter(r -> !r.suppressed()).findFirst().orElseThrow().month(),
                        "SAGUENAY_LAC_SAINT_JEAN", "SOCIAL_WORK", 11L, 7L, 0L, 3L, 2L, false));
        String json = new String(openData.json(period), StandardCharsets.UTF_8);
        assertThat(json).contains("\"regionCode\" : \"02\"", "\"hoursDelivered\" : 11", "\"suppressed\" : true",
                "\"minimumOrganisationsPerCell\" : 3");
        assertThat(json).doesNotContain("Organisme", "Anne", "@");
    }

    @Test
    void the_transparency_page_names_a_firm_only_after_it_opts_in() {
        assertThat(openData.transparency().firms()).extracting(Transparency.FirmFulfilment::name)
                .doesNotContain(firm.profile().name());
        signIn(firmMember);
        var details = firms.publishFulfilment(firm.id(), true, firms.get(firm.id()).version());
        assertThat(details.publishesFulfilment()).isTrue();
        assertThatThrownBy(() -> firms.publishFulfilment(firm.id(), false, details.version() - 1))
                .hasMessage("common.concurrentEdit");
        signOut();
        Transparency t = openData.transparency();
        assertThat(t.firms()).filteredOn(f -> f.name().equals(firm.profile().name())).singleElement()
                .satisfies(f -> {
                    assertThat(f.owed()).isEqualTo(130);
                    assertThat(f.confirmed()).isEqualTo(17);
                    assertThat(f.share()).isCloseTo(17.0 / 130, within(1e-9));
                });
        assertThat(t.organisationsServed()).isGreaterThanOrEqualTo(4);
        assertThat(t.completions()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_member_of_another_firm_cannot_publish_this_firms_figures() {
        Person other = person(Role.FIRM_MEMBER, Locale.FRENCH, "Intrus");
        firmOf(other, "Intrus");
        assertThatThrownBy(() -> firms.publishFulfilment(firm.id(), true, 0)).hasMessage("firm.notFound");
    }
}
