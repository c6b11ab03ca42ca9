package org.jumelage.projects;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.jumelage.JumelageApplication;
import org.jumelage.accounts.ConsentPurpose;
import org.jumelage.accounts.PrivacyPolicy;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.internal.UserAccount;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.ProviderRef;
import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.organisations.VolunteerBand;
import org.jumelage.organisations.internal.Organisation;
import org.jumelage.projects.internal.Project;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.skills.SkillCatalogue;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application as {@link LoadBenchmark} runs it in a JVM of its own: the real application (web
 * server, Vaadin, security, services) on the embedded in-memory store, filled quickly through the
 * store with the catalogue benchmark's data (organisations and projects, same generator and seed) and
 * with the accounts the simulated sessions sign in with: OSBL members, each administering a verified
 * organisation, and volunteers, each with hours allocated on a seat of an open project.
 *
 * <p>Not a test. It prints {@code LOAD-READY} once filled, then answers commands on stdin:
 * {@code heap} (full GC, then {@code LOAD-HEAP <used bytes> <committed> <max> <HTTP sessions>}) and
 * {@code quit}.
 *
 * <p>System properties: {@code load.httpPort} (8282), {@code load.mongoPort} (27218),
 * {@code load.projects} (10,000), {@code load.osblMembers} and {@code load.volunteers} (200 each).
 */
public final class LoadServer {

    /** Password of every account the load sessions use. */
    public static final String PASSWORD = "Charge-de-test-2026!";

    private LoadServer() {
    }

    public static void main(String[] args) throws Exception {
        int httpPort = Integer.getInteger("load.httpPort", 8282);
        int mongoPort = Integer.getInteger("load.mongoPort", 27218);
        int projectCount = Integer.getInteger("load.projects", 10_000);
        int osblMembers = Integer.getInteger("load.osblMembers", 200);
        int volunteers = Integer.getInteger("load.volunteers", 200);

        // No restart class loader nor file watching: measure the application, not the developer tools.
        System.setProperty("spring.devtools.restart.enabled", "false");
        long start = System.nanoTime();
        ConfigurableApplicationContext context = SpringApplication.run(JumelageApplication.class,
                "--server.port=" + httpPort,
                "--jumelage.base-url=http://127.0.0.1:" + httpPort,
                "--jumelage.embedded-mongo.in-memory=true",
                "--jumelage.embedded-mongo.port=" + mongoPort,
                "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + mongoPort + "/jumelage",
                "--jumelage.demo-data=false",
                "--jumelage.mail.host=",
                "--jumelage.mail.poll-interval=PT1H",
                "--vaadin.launch-browser=false",
                // Development mode records where each component was created and attached, for the dev
                // tools: 683 MB of the 1 GiB heap at 200 sessions, which ran out of memory. Production mode
                // records nothing; neither does this server.
                "--vaadin.devmode.componentTracker.enabled=false",
                // Every session signs in from this machine's address.
                "--jumelage.rate-limit.login.max=1000000",
                "--server.tomcat.mbeanregistry.enabled=true",
                "--spring.devtools.livereload.enabled=false",
                "--logging.level.org.jumelage=WARN");
        double startSeconds = (System.nanoTime() - start) / 1e9;

        long fillStart = System.nanoTime();
        Seeded seeded = fill(context, projectCount, osblMembers, volunteers);
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        System.out.printf(Locale.ROOT, "LOAD-READY started=%.1fs filled=%.1fs projects=%d osbl=%d volunteers=%d%n",
                startSeconds, fillSeconds, projectCount, seeded.osbl().size(), seeded.volunteers().size());
        for (String email : seeded.osbl()) {
            System.out.println("LOAD-ACCOUNT OSBL " + email);
        }
        for (String email : seeded.volunteers()) {
            System.out.println("LOAD-ACCOUNT VOLUNTEER " + email);
        }
        System.out.println("LOAD-ACCOUNTS-END");
        System.out.flush();

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.strip().equals("heap")) {
                System.out.println(heap());
                System.out.flush();
            } else if (line.strip().equals("quit")) {
                break;
            }
        }
        context.close();
        System.exit(0);
    }

    record Seeded(List<String> osbl, List<String> volunteers) {
    }

    /** Full GC (twice, G1 runs System.gc() as a full collection), then the heap in use. */
    private static String heap() throws Exception {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(200);
        }
        var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return String.format(Locale.ROOT, "LOAD-HEAP %d %d %d %d", memory.getUsed(), memory.getCommitted(),
                memory.getMax(), httpSessions());
    }

    /** Tomcat's count of live HTTP sessions (0 when its MBean is not found). */
    private static long httpSessions() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            long total = 0;
            for (ObjectName name : server.queryNames(new ObjectName("Tomcat:type=Manager,*"), null)) {
                total += ((Number) server.getAttribute(name, "activeSessions")).longValue();
            }
            return total;
        } catch (Exception e) {
            return 0;
        }
    }

    private static Seeded fill(ConfigurableApplicationContext context, int projectCount, int osblCount,
            int volunteerCount) {
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        SkillCatalogue skills = context.getBean(SkillCatalogue.class);
        Clock clock = context.getBean(Clock.class);
        PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
        PrivacyPolicy policy = context.getBean(PrivacyPolicy.class);
        Instant now = clock.instant();

        // The catalogue: the catalogue benchmark's organisations and projects (fixed seed).
        CatalogueBenchmark.Generator generator = new CatalogueBenchmark.Generator(
                new Random(CatalogueBenchmark.SEED),
                skills.all().stream().filter(s -> !s.custom()).map(Skill::code).sorted().toList(), now);
        List<Organisation> organisations = generator.organisations();
        mongo.insert(organisations, Organisation.class);
        List<Project> open = new ArrayList<>();
        for (int inserted = 0; inserted < projectCount;) {
            int n = Math.min(CatalogueBenchmark.BATCH, projectCount - inserted);
            List<Project> batch = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                batch.add(generator.project(inserted + i, organisations));
            }
            mongo.insert(batch, Project.class);
            batch.stream().filter(p -> p.getStatus() == ProjectStatus.OPEN).forEach(open::add);
            inserted += n;
        }

        // Accounts: one password hash for all (hashing hundreds of passwords would take minutes).
        String hash = encoder.encode(PASSWORD);
        List<UserAccount> osblAccounts = accounts(Role.OSBL_MEMBER, "osbl", osblCount, hash, policy, now);
        List<UserAccount> volunteerAccounts = accounts(Role.VOLUNTEER, "benevole", volunteerCount, hash, policy, now);
        UserAccount coordinator = accounts(Role.COORDINATOR, "coordination", 1, hash, policy, now).get(0);
        mongo.insert(osblAccounts, UserAccount.class);
        mongo.insert(volunteerAccounts, UserAccount.class);
        mongo.insert(coordinator);

        // Each OSBL member administers a verified organisation of their own.
        List<Organisation> owned = new ArrayList<>();
        Region[] regions = Region.values();
        Sector[] sectors = Sector.values();
        for (int i = 0; i < osblAccounts.size(); i++) {
            OrganisationProfile profile = new OrganisationProfile("Organisme de charge " + (i + 1),
                    String.format(Locale.ROOT, "22%08d", 50_000_000 + i), sectors[i % sectors.length],
                    regions[i % regions.length], (100 + i) + ", rue de l’Essai", "Québec", null, EmployeeBand.values()[0],
                    VolunteerBand.values()[0], BudgetBand.values()[0], "Organisme créé pour la mesure de charge.", null);
            Organisation organisation = new Organisation(profile, osblAccounts.get(i).getId());
            organisation.verify(coordinator.getId(), now);
            owned.add(organisation);
        }
        mongo.insert(owned, Organisation.class);

        // Each volunteer has hours allocated on a seat of an open project, allocated by a coordinator
        // through the ledger, as on an accepted match.
        UserDetailsService users = context.getBean(UserDetailsService.class);
        var principal = users.loadUserByUsername(coordinator.getEmail());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        HoursLedger ledger = context.getBean(HoursLedger.class);
        for (int i = 0; i < volunteerAccounts.size(); i++) {
            Project project = open.get((i * 37) % open.size());
            String seatId = project.getSeats().get(0).id();
            ledger.allocate(ProviderRef.volunteer(volunteerAccounts.get(i).getId()), project.getId(), seatId, 5_000,
                    "load-allocation-" + i);
        }
        SecurityContextHolder.clearContext();

        return new Seeded(osblAccounts.stream().map(UserAccount::getEmail).toList(),
                volunteerAccounts.stream().map(UserAccount::getEmail).toList());
    }

    private static List<UserAccount> accounts(Role role, String prefix, int count, String hash, PrivacyPolicy policy,
            Instant now) {
        List<UserAccount> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UserAccount account = new UserAccount(String.format(Locale.ROOT, "%s-%04d@charge.example", prefix, i),
                    prefix + " " + i, hash, Set.of(role), Locale.FRENCH);
            account.setEmailVerified(true);
            account.consent(policy.version(), ConsentPurpose.requiredOnes(), now);
            list.add(account);
        }
        return list;
    }
}
