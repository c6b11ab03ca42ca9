package org.jumelage.crash;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.jumelage.JumelageApplication;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.PrivacyPolicy;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.accounts.internal.UserAccountRepository;
import org.jumelage.firms.Balances;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmProfile;
import org.jumelage.firms.FirmService;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.ObligationCommand;
import org.jumelage.firms.ObligationService;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ProviderRef;
import org.jumelage.firms.SizeBand;
import org.jumelage.firms.TeamSkill;
import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.FirmRepository;
import org.jumelage.matching.runs.MatchingRun;
import org.jumelage.notifications.NotificationService;
import org.jumelage.matching.runs.MatchingRuns;
import org.jumelage.matching.runs.RunScope;
import org.jumelage.matching.runs.RunStatus;
import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.organisations.OrganisationReview;
import org.jumelage.organisations.OrganisationService;
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
import org.jumelage.training.ScopingWaivers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The application in a process of its own, for {@link CrashRecoveryTest}, driven through its own
 * services. It reports on stdout with lines that start with {@link #MARK}.
 * <ul>
 * <li>{@code work <hours>}: builds a small world (an OSBL with an approved project, a verified firm
 * with obligations), starts a matching run with a long time budget, waits until it is solving, then
 * logs {@code hours} ledger lines of one hour each with the idempotency keys {@code crash-0},
 * {@code crash-1}, … reporting each acknowledged one. The test kills it part-way.</li>
 * <li>{@code resume <hours> <fixture…>}: starts again on the same data file, reports the interrupted
 * run's status, sends the same ledger commands again with the same keys, starts a new short run and
 * waits for its end, and reports the balances; then waits for the test to close its stdin.</li>
 * <li>{@code mail <count>}: puts {@code count} mails in the outbox and reports their ids; the
 * outbox sender then tries to deliver them to whatever SMTP server the test named.</li>
 * <li>{@code mailresume}: starts again on the same data file and lets the outbox sender work.</li>
 * </ul>
 * Every mode stops when stdin closes, so a child never outlives the test JVM.
 */
public final class CrashChild {

    public static final String MARK = "@@crash ";
    static final int RUN_SECONDS = 300;

    private final ConfigurableApplicationContext context;
    private final PrintStream out;

    private CrashChild(ConfigurableApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        watchStdin();
        String mode = args[0];
        List<String> springArgs = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            (args[i].startsWith("--") ? springArgs : own).add(args[i]);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JumelageApplication.class)
                .run(springArgs.toArray(String[]::new));
        CrashChild child = new CrashChild(context, out);
        child.mark("mongo " + context.getBean(MongoServer.class).getLocalAddress().getPort());
        switch (mode) {
            case "work" -> {
                child.work(Integer.parseInt(own.get(0)));
                child.mark("done");
            }
            case "resume" -> {
                child.resume(own);
                child.mark("finished");
            }
            case "mail" -> child.queueMail(Integer.parseInt(own.get(0)));
            case "mailresume" -> {
                // nothing to do: the outbox sender runs on its schedule
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        Thread.sleep(Long.MAX_VALUE); // until killed, or stdin closes
    }

    /** Ends this process when the parent closes stdin (or dies). */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try {
                InputStream in = System.in;
                while (in.read() != -1) {
                    // nothing to read; wait for the end
                }
            } catch (Exception ignored) {
                // the parent is gone
            }
            Runtime.getRuntime().halt(0);
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void mark(String line) {
        out.println(MARK + line);
        out.flush();
    }

    // --- the first life: a run and hours logging, until killed ---------------------------------

    private void work(int hours) {
        String coordinator = account(Role.COORDINATOR, "Coralie Coordonnatrice");
        String osbl = account(Role.OSBL_MEMBER, "Olivia OSBL");
        String firmMember = account(Role.FIRM_MEMBER, "Fabrice Firme");

        signIn(osbl);
        OrganisationDetails organisation = bean(OrganisationService.class).register(new OrganisationProfile(
                "Entraide Côte-Nord " + UUID.randomUUID(), "11" + digits(), Sector.SOCIAL_WORK, Region.COTE_NORD,
                "12, rue de la Mer", "Sept-Îles", "G4R 1A1", EmployeeBand.FROM_1_TO_4, VolunteerBand.FROM_1_TO_24,
                BudgetBand.UNDER_100K, "Entraide.", "https://exemple.org"));
        signIn(coordinator);
        bean(OrganisationReview.class).verify(organisation.id(), organisation.version());
        bean(ScopingWaivers.class).waive(organisation.id(), "Crash test");
        signIn(osbl);
        ProjectService projects = bean(ProjectService.class);
        LocalDate today = LocalDate.now();
        LocalDate start = today.plusDays(7);
        ProjectDraft draft = new ProjectDraft("Tableau de bord " + UUID.randomUUID(), "Un résumé clair.",
                "Le problème.", "Le résultat.", ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.NONE, start,
                start.plusDays(120), Priority.URGENT, "Subvention à renouveler",
                List.of(new SeatSpec(null, "Nettoyage des données",
                        List.of(new RequiredSkill("data.cleaning", SkillLevel.WORKING)), 40, ProviderKind.FIRM, false,
                        Region.COTE_NORD, WorkingLanguage.FRENCH),
                        new SeatSpec(null, "Analyse", List.of(new RequiredSkill("data.cleaning", SkillLevel.WORKING)),
                                30, ProviderKind.FIRM, true, null, WorkingLanguage.FRENCH)),
                new ScopingChecklist("Un tableau de bord", "La directrice", "Extraction anonymisée", 6),
                new EthicsAnswers("Compilation", "Accompagnement", JobImpact.NONE, "Formulaire signé",
                        "Codes postaux seulement", "Un an", "Biais de langue vérifié", "Révision humaine"));
        ProjectView created = projects.create(draft);
        ProjectView sent = projects.submit(created.id(), created.version());
        signIn(coordinator);
        projects.approve(sent.id(), "", sent.version());
        signIn(osbl);
        ProjectView hoursProject = projects.create(ProjectDraft.titled("Projet des heures " + UUID.randomUUID()));

        signIn(firmMember);
        FirmDetails registered = bean(FirmService.class).register(new FirmProfile("Données " + UUID.randomUUID(),
                "22" + digits(), SizeBand.FROM_10_TO_49, Set.of(Region.COTE_NORD), Set.of(WorkingLanguage.FRENCH),
                "Analyse de données.", List.of(new TeamSkill("data.cleaning", SkillLevel.ADVANCED, 3)),
                "pro-bono@firme.example", "514 555-0123", List.of(), List.of()));
        FirmRepository firms = bean(FirmRepository.class);
        Firm firm = firms.findById(registered.id()).orElseThrow();
        firm.verify("crash test fixture", Instant.now());
        firms.save(firm);
        ObligationService obligations = bean(ObligationService.class);
        obligations.declare(registered.id(), new ObligationCommand(100, "Contrat CRASH-1, clause 3", today,
                today.plusDays(200), Set.of(), Set.of()));
        ObligationView ledgerObligation = obligations.declare(registered.id(), new ObligationCommand(2_000,
                "Contrat CRASH-2, clause 3", today.minusDays(30), today.plusDays(200), Set.of(), Set.of()));
        ProviderRef provider = ProviderRef.obligation(ledgerObligation.id());

        signIn(coordinator);
        HoursLedger ledger = bean(HoursLedger.class);
        ledger.allocate(provider, hoursProject.id(), "s1", hours, "crash-allocation");
        LocalDate day = today.minusDays(1);
        mark("fixture " + coordinator + " " + firmMember + " " + provider.id() + " " + hoursProject.id() + " s1 "
                + day);

        MatchingRuns runs = bean(MatchingRuns.class);
        MatchingRun run = runs.start(RunScope.all(), RUN_SECONDS);
        MatchingRun solving = awaitRun(runs, run.getId(), s -> s == RunStatus.RUNNING, Duration.ofSeconds(60));
        mark("run " + solving.getId() + " " + solving.getStatus());

        signIn(firmMember);
        for (int i = 0; i < hours; i++) {
            ledger.log(provider, hoursProject.id(), "s1", day, 1, "Heure " + i, "crash-" + i);
            mark("logged " + i);
        }
    }

    // --- mail: queued, then sent by the outbox sender ------------------------------------------

    private void queueMail(int count) {
        NotificationService notifications = bean(NotificationService.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(notifications.enqueue("crash-mail-" + i + "@example.org", Locale.FRENCH, "verify-email",
                    Map.of("name", "Personne " + i, "link", "https://jumelage.example/v?i=" + i, "validHours", 24L)));
        }
        mark("queued " + String.join(" ", ids));
    }

    // --- the second life: what survived, the same commands again, a new run -------------------

    private void resume(List<String> own) {
        int hours = Integer.parseInt(own.get(0));
        String coordinator = own.get(1);
        String firmMember = own.get(2);
        ProviderRef provider = ProviderRef.obligation(own.get(3));
        String projectId = own.get(4);
        String seatId = own.get(5);
        LocalDate day = LocalDate.parse(own.get(6));
        String runId = own.get(7);

        MatchingRuns runs = bean(MatchingRuns.class);
        signIn(coordinator);
        mark("status " + runs.find(runId).orElseThrow().getStatus());

        HoursLedger ledger = bean(HoursLedger.class);
        mark("found " + ledger.lines(provider).size());
        signIn(firmMember);
        for (int i = 0; i < hours; i++) {
            ledger.log(provider, projectId, seatId, day, 1, "Heure " + i, "crash-" + i);
        }
        mark("resent " + hours);

        signIn(coordinator);
        MatchingRun again = runs.start(RunScope.all(), 2);
        MatchingRun ended = awaitRun(runs, again.getId(), s -> !s.isActive(), Duration.ofSeconds(90));
        mark("newrun " + ended.getId() + " " + ended.getStatus() + " " + ended.getProposals().size());

        Balances balances = ledger.balances(provider);
        mark("balances " + balances.allocated() + " " + balances.logged() + " " + balances.remaining());
    }

    private MatchingRun awaitRun(MatchingRuns runs, String runId, java.util.function.Predicate<RunStatus> until,
            Duration timeout) {
        // In this thread: the run is read as the person signed in here (a thread-local security context).
        return Awaitility.await("run " + runId).pollInSameThread().atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> runs.find(runId).orElseThrow(), run -> until.test(run.getStatus()));
    }

    // --- people ----------------------------------------------------------------------------------

    /** A verified, consenting account; returns its address. */
    private String account(Role role, String name) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@exemple.org";
        UserAccount account = new UserAccount(email, name, bean(PasswordEncoder.class).encode("Crash test password 1"),
                Set.of(role), Locale.FRENCH);
        account.setEmailVerified(true);
        account.consent(bean(PrivacyPolicy.class).version(), ConsentPurpose.requiredOnes(), Instant.now());
        bean(UserAccountRepository.class).save(account);
        return email;
    }

    private void signIn(String email) {
        var principal = bean(UserDetailsService.class).loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private static String digits() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
