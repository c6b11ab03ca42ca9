package org.jumelage.matching.runs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmProfile;
import org.jumelage.firms.FirmsTestSupport;
import org.jumelage.firms.ObligationView;
import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.organisations.VolunteerBand;
import org.jumelage.projects.DataInvolved;
import org.jumelage.projects.EthicsAnswers;
import org.jumelage.projects.JobImpact;
import org.jumelage.projects.Priority;
import org.jumelage.projects.ProjectCategory;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.ProviderKind;
import org.jumelage.projects.ScopingChecklist;
import org.jumelage.projects.SeatSpec;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.volunteers.AvailabilityWindow;
import org.jumelage.volunteers.StudyLevel;
import org.jumelage.volunteers.VolunteerProfileCommand;
import org.jumelage.volunteers.VolunteerService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small matching world built through the services, in its own region (the test database is shared,
 * so runs are scoped to the region): a verified OSBL with an open project of two seats, a firm seat
 * its verified firm can take and a volunteer seat that asks for a skill at a level nobody holds; a
 * consenting volunteer.
 */
public abstract class MatchingRunsTestSupport extends FirmsTestSupport {

    /** The region of this class's world: each test class takes its own, as the test database is shared. */
    protected Region region() {
        return Region.COTE_NORD;
    }

    @Autowired
    protected MatchingRuns runs;
    @Autowired
    protected VolunteerService volunteerService;

    protected static Person coordinator;

    public record World(OrganisationDetails organisation, ProjectView project, FirmDetails firm,
            ObligationView obligation, Person volunteer) {

        public String firmSeat() {
            return project.content().seats().get(0).id();
        }

        public String volunteerSeat() {
            return project.content().seats().get(1).id();
        }
    }

    protected Person coordinator() {
        if (coordinator == null) {
            coordinator = person(Role.COORDINATOR, Locale.FRENCH, "Coralie Coordonnatrice");
        }
        return coordinator;
    }

    protected World world() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Olivia OSBL");
        signIn(member);
        OrganisationDetails organisation = service.register(new OrganisationProfile("Entraide Côte-Nord " + UUID.randomUUID(),
                uniqueNeq(), Sector.SOCIAL_WORK, region(), "12, rue de la Mer", "Sept-Îles", "G4R 1A1",
                EmployeeBand.FROM_1_TO_4, VolunteerBand.FROM_1_TO_24, BudgetBand.UNDER_100K, "Entraide.",
                "https://exemple.org"));
        signIn(coordinator());
        review.verify(organisation.id(), organisation.version());
        waiveScoping(organisation.id());
        signIn(member);
        LocalDate start = today().plusDays(7);
        ProjectDraft draft = new ProjectDraft("Tableau de bord " + UUID.randomUUID(), "Un résumé clair.", "Le problème.",
                "Le résultat.", ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.NONE, start, start.plusDays(120),
                Priority.URGENT, "Subvention à renouveler",
                List.of(new SeatSpec(null, "Nettoyage des données",
                        List.of(new RequiredSkill("data.cleaning", SkillLevel.WORKING)), 40, ProviderKind.FIRM, false,
                        region(), WorkingLanguage.FRENCH),
                        new SeatSpec(null, "Tableaux Power BI",
                                List.of(new RequiredSkill("data.power-bi", SkillLevel.EXPERT)), 30,
                                ProviderKind.VOLUNTEER, true, null, WorkingLanguage.FRENCH)),
                new ScopingChecklist("Un tableau de bord", "La directrice", "Extraction anonymisée", 6),
                new EthicsAnswers("Compilation", "Accompagnement", JobImpact.NONE, "Formulaire signé",
                        "Codes postaux seulement", "Un an", "Biais de langue vérifié", "Révision humaine"));
        ProjectView created = projects.create(draft);
        ProjectView sent = projects.submit(created.id(), created.version());
        signIn(coordinator());
        ProjectView open = projects.approve(sent.id(), "", sent.version());

        Person firmAdmin = person(Role.FIRM_MEMBER, Locale.FRENCH, "Fabrice Firme");
        // On site in the world's region, where only this world's firm works.
        signIn(firmAdmin);
        FirmProfile base = firmProfile("Données " + region().code() + " " + UUID.randomUUID(), uniqueFirmNeq());
        FirmDetails registered = firms.register(new FirmProfile(base.name(), base.neq(), base.size(), Set.of(region()),
                base.languages(), base.description(), base.teamSkills(), base.contactEmail(), base.contactPhone(),
                base.availability(), base.blackouts()));
        org.jumelage.firms.internal.Firm stored = firmRepository.findById(registered.id()).orElseThrow();
        stored.verify("fixture", clock.instant());
        FirmDetails firm = firmRepository.save(stored).toDetails();
        ObligationView obligation = obligations.declare(firm.id(), obligation(100, today(), today().plusDays(200)));

        Person volunteer = person(Role.VOLUNTEER, Locale.FRENCH, "Victor Bénévole");
        signIn(volunteer);
        volunteerService.save(new VolunteerProfileCommand("Université Laval", "Informatique", StudyLevel.BACHELOR,
                List.of(new RequiredSkill("data.power-bi", SkillLevel.WORKING)), List.of("data.power-bi"),
                Set.of(WorkingLanguage.FRENCH), Region.CAPITALE_NATIONALE, true,
                List.of(new AvailabilityWindow("Toute l’année", today(), today().plusDays(300), 8)), 2, 90, true), null);
        signIn(coordinator());
        return new World(organisation, open, firm, obligation, volunteer);
    }

    protected MatchingRun awaitFinished(String runId, Duration timeout) {
        return Awaitility.await().pollInSameThread().alias("run " + runId + " finished").atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> runs.find(runId).orElseThrow(), run -> !run.getStatus().isActive());
    }

    protected MatchingRun awaitStatus(String runId, RunStatus status, Duration timeout) {
        return Awaitility.await().pollInSameThread().alias("run " + runId + " " + status).atMost(timeout)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> runs.find(runId).orElseThrow(), run -> run.getStatus() == status);
    }

    /** Waits for any run left by an earlier test to end, so each test starts with the lock free. */
    protected void noRunInProgress() throws InterruptedException {
        for (MatchingRun run : runs.recent(50)) {
            if (run.getStatus().isActive()) {
                if (runs.activeRunId().isPresent()) {
                    try {
                        runs.stop(run.getId());
                    } catch (MatchingRunException ignored) {
                        // ended meanwhile
                    }
                    awaitFinished(run.getId(), Duration.ofSeconds(30));
                }
            }
        }
    }
}
