package org.jumelage.impact.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.organisations.VolunteerBand;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.Transition;
import org.jumelage.projects.internal.Project;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.training.internal.Enrolment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A small world for the dashboard tests, placed years ahead on the test clock so that the period
 * holds only this fixture's lines (the database is shared by all tests):
 * <ul>
 * <li>one verified firm with an obligation of 100 h (starting 5 days ago, expiring in 200 days) and
 * one of 30 h expiring in 45 days;</li>
 * <li>OSBL A (Montréal, 1–4 employees): 40 h allocated, 10 logged and confirmed;</li>
 * <li>OSBL B (Saguenay): 20 h allocated, 6 logged and confirmed, 2 logged and disputed;</li>
 * <li>OSBL C (Saguenay): 10 h allocated, 4 logged and not answered;</li>
 * <li>OSBL D (Saguenay): 5 h allocated, 1 logged and confirmed;</li>
 * <li>projects of A (submitted 8 days ago, opened 7, matched 5), B (submitted 8, opened 7) and
 * C (submitted 8 days ago);</li>
 * <li>one course completed by a member of each of A, B and C.</li>
 * </ul>
 * Totals: owed 130, allocated 75, delivered 21, confirmed 17.
 */
public abstract class DashboardTestSupport extends FirmsTestSupport {

    @Autowired
    protected Dashboards dashboards;
    @Autowired
    protected OpenData openData;
    @Autowired
    protected MongoTemplate mongo;

    protected Person coordinator;
    protected Person firmMember;
    protected Person memberA;
    protected Person memberB;
    protected Person memberC;
    protected Person memberD;
    protected FirmDetails firm;
    protected OrganisationDetails orgA;
    protected OrganisationDetails orgB;
    protected ObligationView main;
    protected ObligationView soon;
    protected Period period;

    /** Worlds already built, by test class: built once, then each test moves the clock back to it. */
    private static final java.util.Map<Class<?>, Object[]> WORLDS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Builds the world {@code yearsAhead} years from now (each test class picks its own), once per
     * test class; every test finds the clock moved to the world's time.
     */
    protected void buildWorld(int yearsAhead) {
        clock.advance(Duration.ofDays(365L * yearsAhead));
        Object[] built = WORLDS.get(getClass());
        if (built != null) {
            restore(built);
            return;
        }
        build();
        WORLDS.put(getClass(), new Object[] {coordinator, firmMember, memberA, memberB, memberC, memberD, firm, orgA,
                orgB, main, soon, period});
    }

    private void restore(Object[] w) {
        coordinator = (Person) w[0];
        firmMember = (Person) w[1];
        memberA = (Person) w[2];
        memberB = (Person) w[3];
        memberC = (Person) w[4];
        memberD = (Person) w[5];
        firm = (FirmDetails) w[6];
        orgA = (OrganisationDetails) w[7];
        orgB = (OrganisationDetails) w[8];
        main = (ObligationView) w[9];
        soon = (ObligationView) w[10];
        period = (Period) w[11];
    }

    private void build() {
        coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie");
        firmMember = person(Role.FIRM_MEMBER, Locale.FRENCH, "Alex");
        firm = verifiedFirmOf(firmMember, "Firme Tableau");
        main = obligations.declare(firm.id(), obligation(100, today().minusDays(5), today().plusDays(200)));
        soon = obligations.declare(firm.id(), obligation(30, today().minusDays(5), today().plusDays(45)));
        ProviderRef provider = ProviderRef.obligation(main.id());

        memberA = person(Role.OSBL_MEMBER, Locale.FRENCH, "Anne");
        orgA = organisation(memberA, "A", Region.MONTREAL, EmployeeBand.FROM_1_TO_4);
        ProjectView projectA = projects.create(ProjectDraft.titled("Projet A " + UUID.randomUUID()));
        memberB = person(Role.OSBL_MEMBER, Locale.FRENCH, "Bruno");
        orgB = organisation(memberB, "B", Region.SAGUENAY_LAC_SAINT_JEAN, EmployeeBand.FROM_5_TO_19);
        ProjectView projectB = projects.create(ProjectDraft.titled("Projet B " + UUID.randomUUID()));
        memberC = person(Role.OSBL_MEMBER, Locale.FRENCH, "Chloé");
        OrganisationDetails orgC = organisation(memberC, "C", Region.SAGUENAY_LAC_SAINT_JEAN, EmployeeBand.FROM_20_TO_49);
        ProjectView projectC = projects.create(ProjectDraft.titled("Projet C " + UUID.randomUUID()));
        memberD = person(Role.OSBL_MEMBER, Locale.FRENCH, "Denis");
        organisation(memberD, "D", Region.SAGUENAY_LAC_SAINT_JEAN, EmployeeBand.FIFTY_OR_MORE);
        ProjectView projectD = projects.create(ProjectDraft.titled("Projet D " + UUID.randomUUID()));

        signIn(coordinator);
        ledger.allocate(provider, projectA.id(), "s1", 40, key());
        ledger.allocate(provider, projectB.id(), "s1", 20, key());
        ledger.allocate(provider, projectC.id(), "s1", 10, key());
        ledger.allocate(provider, projectD.id(), "s1", 5, key());
        signIn(firmMember);
        LedgerLine a = ledger.log(provider, projectA.id(), "s1", today(), 10, "Atelier", key());
        LedgerLine b = ledger.log(provider, projectB.id(), "s1", today(), 6, "Analyse", key());
        LedgerLine b2 = ledger.log(provider, projectB.id(), "s1", today(), 2, "Réunion", key());
        ledger.log(provider, projectC.id(), "s1", today(), 4, "Nettoyage", key());
        LedgerLine d = ledger.log(provider, projectD.id(), "s1", today(), 1, "Conseil", key());
        signIn(memberA);
        ledger.confirm(a.id(), null, key());
        signIn(memberB);
        ledger.confirm(b.id(), null, key());
        ledger.dispute(b2.id(), "Réunion annulée", key());
        signIn(memberD);
        ledger.confirm(d.id(), null, key());

        Instant now = clock.instant();
        project(orgA.id(), now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(7)), now.minus(Duration.ofDays(5)));
        project(orgB.id(), now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(7)), null);
        project(orgC.id(), now.minus(Duration.ofDays(8)), null, null);
        for (Person learner : List.of(memberA, memberB, memberC)) {
            Enrolment e = new Enrolment(learner.id(), "TEST-DASH", "course", 1, now.minus(Duration.ofDays(2)));
            e.complete(now.minus(Duration.ofDays(1)));
            mongo.insert(e);
        }
        period = new Period(today().minusDays(10), today());
        signOut();
    }

    private OrganisationDetails organisation(Person member, String letter, Region region, EmployeeBand band) {
        signIn(member);
        return service.register(new OrganisationProfile("Organisme " + letter + " " + UUID.randomUUID(), uniqueNeq(),
                Sector.SOCIAL_WORK, region, "1, rue Principale", "Ville", "G7H 1S8", band, VolunteerBand.FROM_25_TO_99,
                BudgetBand.FROM_100K_TO_500K, "Mission.", "https://exemple.org"));
    }

    /** A project document with its timeline, written straight to the store (a fixture). */
    private void project(String organisationId, Instant submitted, Instant opened, Instant matched) {
        Project p = new Project(organisationId, ProjectDraft.titled("Projet " + UUID.randomUUID()));
        p.moveTo(ProjectStatus.SUBMITTED, new Transition(submitted, "fixture", "Fixture", ProjectStatus.DRAFT,
                ProjectStatus.SUBMITTED, null));
        if (opened != null) {
            p.moveTo(ProjectStatus.OPEN, new Transition(opened, "fixture", "Fixture", ProjectStatus.SUBMITTED,
                    ProjectStatus.OPEN, null));
        }
        if (matched != null) {
            p.moveTo(ProjectStatus.MATCHED, new Transition(matched, "fixture", "Fixture", ProjectStatus.OPEN,
                    ProjectStatus.MATCHED, null));
        }
        mongo.insert(p);
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }
}
