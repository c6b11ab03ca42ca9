package org.jumelage.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmProfile;
import org.jumelage.firms.FirmService;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.LedgerLine;
import org.jumelage.firms.ObligationCommand;
import org.jumelage.firms.ObligationService;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.firms.SizeBand;
import org.jumelage.firms.TeamSkill;
import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.FirmRepository;
import org.jumelage.impact.EvaluationKind;
import org.jumelage.impact.EvaluationSummary;
import org.jumelage.impact.Evaluations;
import org.jumelage.matching.MatchDecisions;
import org.jumelage.matching.ProposedMatch;
import org.jumelage.matching.Reason;
import org.jumelage.matching.offers.OfferService;
import org.jumelage.matching.review.MatchReview;
import org.jumelage.matching.review.MatchView;
import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.organisations.OrganisationReview;
import org.jumelage.organisations.OrganisationService;
import org.jumelage.organisations.OrganisationsTestSupport.Person;
import org.jumelage.organisations.VolunteerBand;
import org.jumelage.projects.DataInvolved;
import org.jumelage.projects.EthicsAnswers;
import org.jumelage.projects.JobImpact;
import org.jumelage.projects.Priority;
import org.jumelage.projects.ProjectCategory;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProjectView;
import org.jumelage.projects.ProviderKind;
import org.jumelage.projects.ScopingChecklist;
import org.jumelage.projects.SeatSpec;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.support.MutableClock;
import org.jumelage.support.TestAccounts;
import org.jumelage.training.ScopingWaivers;
import org.jumelage.volunteers.AvailabilityWindow;
import org.jumelage.volunteers.StudyLevel;
import org.jumelage.volunteers.VolunteerProfileCommand;
import org.jumelage.volunteers.VolunteerService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The people and records the matrix is checked against, built through the services: an organisation
 * (administered by {@link #osbl}) whose project was approved, matched with the firm's obligation (offer
 * accepted by both sides), given hours of the volunteer, then completed, so that evaluations exist; a
 * second organisation administered by {@link #otherOsbl}; a coordinator and an administrator.
 */
final class World {

    final ApplicationContext context;
    final MutableClock clock;
    private final TestAccounts accounts;
    private final UserDetailsService users;

    final Person osbl;
    final Person otherOsbl;
    final Person firmMember;
    final Person volunteer;
    final Person coordinator;
    final Person admin;

    final OrganisationDetails organisation;
    final OrganisationDetails otherOrganisation;
    final FirmDetails firm;
    final ObligationView obligation;
    final ProjectView project;
    final MatchView match;
    final String osblEvaluationId;

    World(AuthorisationMatrixTest test) {
        this.context = test.context;
        this.clock = bean(MutableClock.class);
        this.accounts = bean(TestAccounts.class);
        this.users = bean(UserDetailsService.class);
        osbl = person(Role.OSBL_MEMBER, "Olga Organisme");
        otherOsbl = person(Role.OSBL_MEMBER, "Octave Autre-Organisme");
        firmMember = person(Role.FIRM_MEMBER, "Félix Firme");
        volunteer = person(Role.VOLUNTEER, "Valérie Bénévole");
        coordinator = person(Role.COORDINATOR, "Coralie Coordonnatrice");
        admin = person(Role.ADMIN, "Adam Administrateur");

        signIn(coordinator);
        bean(org.jumelage.training.StarterCourses.class).installAll();
        signIn(volunteer);
        bean(VolunteerService.class).save(volunteerProfile(), null);
        signIn(firmMember);
        FirmDetails registered = bean(FirmService.class).register(firmProfile("Boréal Données " + UUID.randomUUID()));
        FirmRepository firms = bean(FirmRepository.class);
        Firm stored = firms.findById(registered.id()).orElseThrow();
        stored.verify("fixture", clock.instant());
        firm = firms.save(stored).toDetails();
        obligation = bean(ObligationService.class).declare(firm.id(), obligationCommand(200));

        signIn(otherOsbl);
        otherOrganisation = bean(OrganisationService.class).register(
                organisationProfile("Autre organisme " + UUID.randomUUID()));
        signIn(osbl);
        OrganisationDetails mine = bean(OrganisationService.class).register(
                organisationProfile("Maison du quartier " + UUID.randomUUID()));
        signIn(coordinator);
        organisation = bean(OrganisationReview.class).verify(mine.id(), mine.version());
        bean(ScopingWaivers.class).waive(organisation.id(), "Authorisation matrix fixtures");
        ProjectView approved = approvedProject("Tableau de bord alimentaire");

        String runId = "run-" + UUID.randomUUID();
        bean(MatchDecisions.class).recordRun(runId, List.of(new ProposedMatch(approved.id(), seatOf(approved),
                ProviderRef.obligation(obligation.id()), 60, List.of(Reason.of("matchreason.hoursFit", 60, 200,
                        LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 29))))), List.of());
        MatchView proposed = bean(MatchReview.class).proposals(runId).get(0);
        MatchView approvedMatch = bean(MatchReview.class).approve(proposed.id(), proposed.version());
        signIn(firmMember);
        bean(OfferService.class).accept(approvedMatch.id());
        signIn(osbl);
        match = bean(OfferService.class).accept(approvedMatch.id());
        signIn(coordinator);
        bean(HoursLedger.class).allocate(ProviderRef.volunteer(volunteer.id()), approved.id(), seatOf(approved), 10,
                key());
        signIn(volunteer);
        LedgerLine logged = bean(HoursLedger.class).log(ProviderRef.volunteer(volunteer.id()), approved.id(),
                seatOf(approved), LocalDate.now(clock).minusDays(1), 2, "Atelier de données", key());
        signIn(osbl);
        bean(HoursLedger.class).confirm(logged.id(), "Merci", key());
        signIn(osbl);
        ProjectView matched = bean(ProjectService.class).get(approved.id());
        ProjectView started = bean(ProjectService.class).startWork(matched.id(), matched.version());
        project = bean(ProjectService.class).complete(started.id(), started.version());
        osblEvaluationId = bean(Evaluations.class).mine().stream()
                .filter(e -> e.projectId().equals(project.id()) && e.kind() == EvaluationKind.SURVEY)
                .map(EvaluationSummary::id).findFirst().orElseThrow();
        signOut();
    }

    // --- people and calls ------------------------------------------------------------------------------

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Person person(Role role, String name) {
        String email = accounts.create(role, Locale.FRENCH, name);
        return new Person(email, accounts.idOf(email));
    }

    Person personOf(Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> null;
            case OSBL -> osbl;
            case OTHER_OSBL -> otherOsbl;
            case FIRM -> firmMember;
            case VOLUNTEER -> volunteer;
            case COORDINATOR -> coordinator;
            case ADMIN -> admin;
        };
    }

    void signIn(Person person) {
        var principal = users.loadUserByUsername(person.email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signInAs(Actor actor) {
        signOut();
        if (actor != Actor.ANONYMOUS) {
            signIn(personOf(actor));
        }
    }

    /** Runs a fixture step as someone else, then puts the caller back. */
    <T> T as(Actor actor, Supplier<T> step) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signInAs(actor);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.clearContext();
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /**
     * Runs a step that cannot be undone as a new person with the signed-in actor's role (and nobody when
     * no one is signed in), then puts the caller back.
     */
    <T> T asThrowawayOf(Supplier<T> step) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        if (previous == null) {
            return step.get();
        }
        Role role = Role.valueOf(previous.getAuthorities().stream().map(a -> a.getAuthority().substring(5))
                .filter(r -> !r.equals("COORDINATOR") || previous.getAuthorities().size() == 1).findFirst()
                .orElseThrow());
        try {
            signIn(person(role, "Personne jetable " + key().substring(0, 6)));
            return step.get();
        } finally {
            SecurityContextHolder.clearContext();
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Calls the method as the actor: "answered", "refused (...)" for a refusal of access, or what else happened. */
    String call(Actor actor, Function<World, Object> invoker) {
        signInAs(actor);
        try {
            invoker.apply(this);
            return "answered";
        } catch (RuntimeException e) {
            if (AuthorisationMatrixTest.isAccessRefusal(e)) {
                return "refused (" + describe(e) + ")";
            }
            return "failed with " + describe(e);
        } finally {
            signOut();
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    // --- routes -----------------------------------------------------------------------------------------

    /** The address to open for a route: routes that show one record open the owner's record. */
    String url(String route) {
        return switch (route) {
            case "project" -> "project/" + draft().id();
            case "projects/edit" -> "projects/edit/" + draft().id();
            case "evaluations/:id" -> "evaluations/" + osblEvaluationId;
            case "formation/cours/:code" -> "formation/cours/" + Courses.CODE;
            case "formation/cours/:code/lecon/:lesson" -> "formation/cours/" + Courses.CODE + "/lecon/" + Courses.LESSON;
            case "formation/cours/:code/quiz/:module" -> "formation/cours/" + Courses.CODE + "/quiz/" + Courses.MODULE;
            case "coordination/formation/cours/:id" -> "coordination/formation/cours/" + as(Actor.COORDINATOR,
                    () -> bean(org.jumelage.training.CourseAuthoring.class).courses().get(0).id());
            case "coordination/matching/review/:runId?" -> "coordination/matching/review";
            default -> route;
        };
    }

    private ProjectView draftOfOwner;

    /** A draft of the owner organisation, shared by the calls that only read it. */
    ProjectView draft() {
        if (draftOfOwner == null) {
            draftOfOwner = as(Actor.OSBL, () -> bean(ProjectService.class).create(projectDraft("Brouillon " + key())));
        }
        return draftOfOwner;
    }

    // --- records on demand -----------------------------------------------------------------------------

    /** A new draft of the owner organisation. */
    ProjectView newDraft() {
        return as(Actor.OSBL, () -> bean(ProjectService.class).create(projectDraft("Brouillon " + key())));
    }

    /** A new project of the owner organisation, submitted for review. */
    ProjectView submittedProject() {
        return as(Actor.OSBL, () -> {
            ProjectView d = bean(ProjectService.class).create(projectDraft("Projet soumis " + key()));
            return bean(ProjectService.class).submit(d.id(), d.version());
        });
    }

    /** A new project of the owner organisation, approved by a coordinator. */
    ProjectView approvedProject(String title) {
        ProjectView sent = as(Actor.OSBL, () -> {
            ProjectView d = bean(ProjectService.class).create(projectDraft(title + " " + key()));
            return bean(ProjectService.class).submit(d.id(), d.version());
        });
        return as(Actor.COORDINATOR, () -> bean(ProjectService.class).approve(sent.id(), "Bien cadré", sent.version()));
    }

    /** A new project of the owner organisation, approved and marked matched by a coordinator. */
    ProjectView matchedProject(String title) {
        ProjectView approved = approvedProject(title);
        return as(Actor.COORDINATOR, () -> bean(ProjectService.class).markMatched(approved.id(), approved.version()));
    }

    private org.jumelage.documents.IssuedDocument issued;

    /** The volunteer's attestation, issued once, with its verification code. */
    org.jumelage.documents.IssuedDocument issuedDocument() {
        if (issued == null) {
            issued = as(Actor.VOLUNTEER, () -> bean(org.jumelage.reports.Attestations.class).pdf(volunteer.id(),
                    Locale.FRENCH));
        }
        return issued;
    }

    /** A new obligation of the firm. */
    ObligationView newObligation() {
        return as(Actor.FIRM, () -> bean(ObligationService.class).declare(firm.id(), obligationCommand(50)));
    }

    /** Hours of the firm's obligation on the completed project's seat, logged by the firm and not yet answered. */
    LedgerLine loggedHours() {
        as(Actor.COORDINATOR, () -> bean(HoursLedger.class).allocate(ProviderRef.obligation(obligation.id()),
                project.id(), seatOf(project), 2, key()));
        return as(Actor.FIRM, () -> bean(HoursLedger.class).log(ProviderRef.obligation(obligation.id()), project.id(),
                seatOf(project), LocalDate.now(clock).minusDays(1), 1, "Nettoyage des données", key()));
    }


    // --- more records on demand ----------------------------------------------------------------------

    /** A run proposing the firm's obligation for a seat of a new approved project; returns the proposal. */
    MatchView proposal() {
        ProjectView approved = approvedProject("Projet proposé");
        return as(Actor.COORDINATOR, () -> {
            String runId = "run-" + UUID.randomUUID();
            bean(MatchDecisions.class).recordRun(runId, List.of(new ProposedMatch(approved.id(), seatOf(approved),
                    firmProvider(), 10, List.of(Reason.of("matchreason.hoursFit", 10, 200, LocalDate.of(2027, 1, 4),
                            LocalDate.of(2027, 3, 29))))), List.of());
            return bean(MatchReview.class).proposals(runId).get(0);
        });
    }

    /** A proposal approved by a coordinator: an offer to the firm and the owner organisation. */
    MatchView offer() {
        MatchView proposed = proposal();
        return as(Actor.COORDINATOR, () -> bean(MatchReview.class).approve(proposed.id(), proposed.version()));
    }

    /** A new verified volunteer account nobody uses elsewhere. */
    org.jumelage.accounts.UserSummary newAccount() {
        Person someone = person(Role.VOLUNTEER, "Quelqu’un " + key().substring(0, 6));
        return as(Actor.ADMIN, () -> bean(org.jumelage.accounts.AccountAdministration.class)
                .search(someone.email(), 0, 1).get(0));
    }

    /** A new firm registered by a new firm member, pending verification. */
    FirmDetails pendingFirm() {
        Person founder = person(Role.FIRM_MEMBER, "Fondatrice " + key().substring(0, 6));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn(founder);
            return bean(FirmService.class).register(firmProfile("Firme en attente " + key()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** A new organisation registered by a new OSBL member, pending verification. */
    OrganisationDetails pendingOrganisation() {
        Person founder = person(Role.OSBL_MEMBER, "Fondateur " + key().substring(0, 6));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn(founder);
            return bean(OrganisationService.class).register(organisationProfile("Organisme en attente " + key()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** An address nobody has, for invitations. */
    static String newAddress() {
        return "invite-" + key() + "@exemple.org";
    }

    ProviderRef firmProvider() {
        return ProviderRef.obligation(obligation.id());
    }

    static String seatOf(ProjectView project) {
        return project.content().seats().get(0).id();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    // --- valid commands -------------------------------------------------------------------------------

    static ProjectDraft projectDraft(String title) {
        return new ProjectDraft(title, "Un résumé clair du projet.", "Le problème.", "Le résultat.",
                ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.PERSONAL, LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 6, 30), Priority.NORMAL, "",
                List.of(new SeatSpec(null, "Analyste de données", List.of(new RequiredSkill("data.power-bi",
                        SkillLevel.ADVANCED)), 60, ProviderKind.EITHER, true, null, WorkingLanguage.FRENCH)),
                new ScopingChecklist("Un tableau de bord", "La directrice", "Extraction anonymisée", 6),
                new EthicsAnswers("Compilation", "Accompagnement", JobImpact.NONE, "Formulaire signé",
                        "Codes postaux seulement", "Un an", "Biais de langue vérifié", "Révision humaine"));
    }

    static OrganisationProfile organisationProfile(String legalName) {
        return new OrganisationProfile(legalName, "11" + digits(), Sector.SOCIAL_WORK, Region.SAGUENAY_LAC_SAINT_JEAN,
                "412, rue Racine Est", "Saguenay", "G7H 1S8", EmployeeBand.FROM_5_TO_19, VolunteerBand.FROM_25_TO_99,
                BudgetBand.FROM_100K_TO_500K, "Dépannage alimentaire et accompagnement.", "https://exemple.org");
    }

    static FirmProfile firmProfile(String name) {
        return new FirmProfile(name, "22" + digits(), SizeBand.FROM_10_TO_49, Set.of(Region.MONTREAL),
                Set.of(WorkingLanguage.FRENCH), "Analyse de données.",
                List.of(new TeamSkill("data.power-bi", SkillLevel.EXPERT, 3)), "pro-bono@firme.example",
                "514 555-0123", List.of(), List.of());
    }

    ObligationCommand obligationCommand(int hours) {
        LocalDate today = LocalDate.now(clock);
        return new ObligationCommand(hours, "Contrat TEST-" + key().substring(0, 8) + ", clause 3",
                today.minusDays(10), today.plusDays(300), Set.of(), Set.of());
    }

    static VolunteerProfileCommand volunteerProfile() {
        return new VolunteerProfileCommand("Université Laval", "Science des données", StudyLevel.BACHELOR,
                List.of(new RequiredSkill("data.power-bi", SkillLevel.ADVANCED)), List.of("ai.llm-prompting"),
                Set.of(WorkingLanguage.FRENCH), Region.CAPITALE_NATIONALE, true,
                List.of(new AvailabilityWindow("Session d’hiver", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 30),
                        10)), 2, 90, true);
    }

    private static String digits() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** Every key of the French translation bundle. */
    static Set<String> translationKeys() {
        Properties bundle = new Properties();
        try (InputStream in = World.class.getResourceAsStream("/vaadin-i18n/translations_fr.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle.stringPropertyNames();
    }

    /** A starter course that the application installs, with one of its lessons and quiz modules. */
    static final class Courses {
        static final String CODE = "ai-possibilities-limits";
        static final String LESSON = "m1-l1";
        static final String MODULE = "m1";
    }
}
