package org.jumelage.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.projects.ProjectView;
import org.jumelage.training.internal.Enrolment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The dashboards on the ledger's monthly summary: firms with the same name keep their own rows, and
 * the public figures are kept a few minutes (a new ledger line still shows at once). Each test sits
 * in its own year of the test clock, after every other test's lines.
 */
class SummaryBackedDashboardsTest extends FirmsTestSupport {

    @Autowired
    Dashboards dashboards;
    @Autowired
    OpenData openData;
    @Autowired
    MongoTemplate mongo;

    @Test
    void two_firms_with_the_same_name_keep_their_own_rows_in_the_hours_by_firm() {
        moveTo(Instant.parse("2071-05-10T12:00:00Z"));
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        Person first = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        FirmDetails firmA = verifiedFirmOf(first, "Homonyme");
        String name = firmA.profile().name();
        ObligationView a = obligations.declare(firmA.id(), obligation(40, today().minusDays(3), today().plusDays(90)));
        Person second = person(Role.FIRM_MEMBER, Locale.FRENCH, "Béa");
        FirmDetails firmB = verifiedFirmOf(second, "Homonyme");
        // Names are not unique: the second firm takes the first one's name.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(firmB.id()))), Update.update("name", name),
                "firms");
        ObligationView b = obligations.declare(firmB.id(), obligation(60, today().minusDays(3), today().plusDays(90)));
        ProjectView project = projectOf(person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga"));

        signIn(coordinator);
        ledger.allocate(ProviderRef.obligation(a.id()), project.id(), "s1", 10, key());
        ledger.allocate(ProviderRef.obligation(b.id()), project.id(), "s2", 25, key());
        CoordinatorDashboard d = dashboards.coordinator(new Period(today().minusDays(1), today()));

        assertThat(d.byFirm()).filteredOn(g -> name.equals(g.name())).containsExactlyInAnyOrder(
                new GroupFigures(firmA.id(), name, 40, 10, 0, 0), new GroupFigures(firmB.id(), name, 60, 25, 0, 0));
    }

    @Test
    void the_public_figures_are_kept_a_few_minutes_but_a_new_ledger_line_shows_at_once() {
        moveTo(Instant.parse("2072-05-10T12:00:00Z"));
        Person coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        Person firmMember = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        FirmDetails firm = verifiedFirmOf(firmMember, "Cache " + UUID.randomUUID());
        ObligationView obligation = obligations.declare(firm.id(),
                obligation(40, today().minusDays(3), today().plusDays(90)));
        Person learner = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olga");
        ProjectView project = projectOf(learner);
        signOut();
        Transparency before = openData.transparency();
        List<OpenDataRow> rows = openData.rows(Period.ALL);

        // A course completed, written straight to the store: no ledger line, so the cached figures stay.
        Enrolment enrolment = new Enrolment(learner.id(), "TEST-CACHE", "course", 1, clock.instant());
        enrolment.complete(clock.instant());
        mongo.insert(enrolment);
        assertThat(openData.transparency().completions()).isEqualTo(before.completions());
        assertThat(openData.rows(Period.ALL)).isSameAs(rows);

        clock.advance(Duration.ofMinutes(6));
        assertThat(openData.transparency().completions()).isEqualTo(before.completions() + 1);
        assertThat(openData.rows(Period.ALL)).isNotSameAs(rows);

        ProviderRef provider = ProviderRef.obligation(obligation.id());
        signIn(coordinator);
        ledger.allocate(provider, project.id(), "s1", 10, key());
        signIn(firmMember);
        ledger.log(provider, project.id(), "s1", today(), 6, "Atelier", key());
        signOut();
        assertThat(openData.transparency().hoursDelivered()).isEqualTo(before.hoursDelivered() + 6);
    }

    private void moveTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }
}
