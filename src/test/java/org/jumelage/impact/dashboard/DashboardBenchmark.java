package org.jumelage.impact.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.jumelage.accounts.Role;
import org.jumelage.firms.EntryType;
import org.jumelage.firms.FirmProfile;
import org.jumelage.firms.ObligationCommand;
import org.jumelage.firms.ProviderRef;
import org.jumelage.firms.SizeBand;
import org.jumelage.firms.internal.Firm;
import org.jumelage.firms.internal.LedgerEntry;
import org.jumelage.firms.internal.Obligation;
import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.organisations.VolunteerBand;
import org.jumelage.organisations.internal.Organisation;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectStatistics;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.Transition;
import org.jumelage.projects.internal.Project;
import org.jumelage.projects.internal.ProjectWrites;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark of the dashboards' aggregations on the embedded store (mongo-java-server, in memory),
 * not a test: it prints figures and asserts nothing about
 * time. Run it with {@code mvn -Pbenchmark test -Dtest=DashboardBenchmark}; see
 * {@code docs/performance.md}.
 *
 * <p>It fills the store with 300 verified OSBLs over every region, sector and size, 40 firms with
 * 10 obligations each, 6,000 projects in every state with their timelines, and 100,000 ledger lines
 * ({@code benchmark.lines}; allocations, logged hours, confirmations and disputes over 24 months),
 * written straight to the store, then rebuilds the ledger's monthly summary from them (timed) and
 * measures each dashboard's figures as a coordinator: p50 and p95 over {@code benchmark.iterations}
 * rounds (default 30) after {@code benchmark.warmup} rounds (default 5). The public figures are
 * measured twice: computed (a copy of {@link OpenData} that keeps nothing) and as served (cached).
 */
@SpringBootTest(properties = {
        // In memory: on the durable H2 file a long aggregation failed once with "Chunk ... not found"
        // while a concurrent write committed (see docs/performance.md).
        "jumelage.embedded-mongo.in-memory=true",
        "jumelage.embedded-mongo.port=0",
        "jumelage.demo-data=false",
        "jumelage.mail.host=",
        "jumelage.mail.poll-interval=PT1H",
        "vaadin.launch-browser=false"})
@Import(TestAccounts.class)
class DashboardBenchmark {

    static final int ORGANISATIONS = 300;
    static final int FIRMS = 40;
    static final int OBLIGATIONS_PER_FIRM = 10;
    static final int PROJECTS = 6_000;
    static final int LEDGER_LINES = Integer.getInteger("benchmark.lines", 100_000);
    static final long SEED = 20_261_130L;
    static final Path DATA_DIR = temporaryDirectory();

    @Autowired
    Dashboards dashboards;
    @Autowired
    OpenData openData;
    @Autowired
    org.jumelage.firms.HoursSummary summary;
    @Autowired
    org.jumelage.firms.HoursStatistics hoursStatistics;
    @Autowired
    ProjectStatistics projectStatistics;
    @Autowired
    ProjectWrites projectWrites;
    @Autowired
    org.jumelage.firms.FirmDirectory firmDirectory;
    @Autowired
    org.jumelage.accounts.CurrentUser currentUser;
    @Autowired
    org.jumelage.training.TrainingStatistics trainingStatistics;
    @Autowired
    org.jumelage.organisations.OrganisationDirectory organisationDirectory;
    @Autowired
    org.jumelage.firms.ObligationService obligationService;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    @BeforeAll
    static void onlyOnTheEmbeddedStore() {
        String uri = System.getProperty("MONGODB_URI", System.getenv().getOrDefault("MONGODB_URI", ""));
        if (!uri.isBlank()) {
            throw new IllegalStateException("MONGODB_URI is set: the dashboard benchmark only fills a temporary "
                    + "embedded store; unset MONGODB_URI to run it");
        }
    }

    @DynamicPropertySource
    static void storeFile(DynamicPropertyRegistry registry) {
        registry.add("jumelage.embedded-mongo.file", () -> DATA_DIR.resolve("dashboard-benchmark.mv").toString());
    }

    @Test
    void dashboardAggregations() throws IOException {
        int iterations = Integer.getInteger("benchmark.iterations", 30);
        int warmup = Integer.getInteger("benchmark.warmup", 5);
        long fillStart = System.nanoTime();
        Fixture fixture = fill(new Random(SEED));
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;

        var principal = userDetails.loadUserByUsername(accounts.create(Role.COORDINATOR, Locale.FRENCH, "Banc d’essai"));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        long rebuildStart = System.nanoTime();
        long counted = summary.rebuild();
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        // Copies that keep nothing: the cost of each request once the kept figures are stale.
        ProjectStatistics freshFacts = new ProjectStatistics(mongo, projectWrites, clock, Duration.ZERO);
        OpenData computed = new OpenData(hoursStatistics, summary, freshFacts, trainingStatistics,
                organisationDirectory, clock, Duration.ZERO);
        Dashboards freshDashboards = new Dashboards(hoursStatistics, summary, freshFacts, trainingStatistics,
                organisationDirectory, firmDirectory, obligationService, currentUser, clock);

        Period twelve = Period.lastTwelveMonths(clock);
        Map<String, Supplier<Object>> measured = new LinkedHashMap<>();
        measured.put("coordinator, last 12 months", () -> dashboards.coordinator(twelve));
        measured.put("coordinator, all time", () -> dashboards.coordinator(Period.ALL));
        measured.put("coordinator, all time, facts read again", () -> freshDashboards.coordinator(Period.ALL));
        measured.put("organisation (one OSBL), all time", () -> dashboards.organisation(fixture.organisationId, Period.ALL));
        measured.put("firm (10 obligations), all time", () -> dashboards.firm(fixture.firmId, Period.ALL));
        measured.put("open data rows, all time, computed", () -> computed.rows(Period.ALL));
        measured.put("open data rows, all time, as served", () -> openData.rows(Period.ALL));
        measured.put("public transparency page, computed", () -> computed.transparency());
        measured.put("public transparency page, as served", () -> openData.transparency());
        if (Boolean.parseBoolean(System.getProperty("benchmark.steps", "true"))) {
            // The building blocks of the aggregations above, to see where their time goes.
            List<String> allOrganisations = fixture.organisationIds;
            measured.put("step: project facts, all, read", () -> freshFacts.facts(null));
            measured.put("step: project facts, all, kept", () -> projectStatistics.facts(null));
            measured.put("step: project facts, one OSBL, read", () -> freshFacts.facts(List.of(fixture.organisationId)));
            measured.put("step: OSBL hours, last 12 months", () -> summary.byOrganisation(twelve.from(), twelve.to(), null));
            measured.put("step: OSBL hours, all time", () -> summary.byOrganisation(null, null, null));
            measured.put("step: firm hours, all firms, all time", () -> summary.byFirm(null, null, null));
            measured.put("step: firm hours, one firm, all time", () -> summary.byFirm(null, null, fixture.firmId));
            measured.put("step: obligation facts, all", () -> hoursStatistics.obligations(null));
            measured.put("step: one firm's obligations, replayed", () -> obligationService.ofFirm(fixture.firmId));
            measured.put("step: one firm's obligations, totals", () -> obligationService.ofFirmFromSummary(fixture.firmId));
            measured.put("step: course completions, all time", () -> trainingStatistics.completions(null, null));
            measured.put("step: organisations by id, all", () -> organisationDirectory.findAll(allOrganisations));
            measured.put("step: employee bands, all", () -> organisationDirectory.employeeBands(allOrganisations));
        }

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%n=== Dashboard benchmark: %,d ledger lines, %,d projects, %d OSBLs,"
                + " %d firms x %d obligations (embedded store, in memory) ===%n", LEDGER_LINES, PROJECTS,
                ORGANISATIONS, FIRMS, OBLIGATIONS_PER_FIRM));
        report.append(machine()).append('\n');
        report.append(String.format(Locale.ROOT, "Filled in %.1f s; summary rebuilt from %,d lines in %.1f s;"
                + " %d warm-up then %d measured rounds; times in ms%n%n", fillSeconds, counted, rebuildSeconds, warmup,
                iterations));
        // Wall time, and the CPU time the whole JVM (this thread, the embedded store's threads, the
        // collector) used meanwhile: on a loaded machine the difference is time spent waiting for a core.
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String format = "| %-42s | %9s | %9s | %9s |%n";
        report.append(String.format(Locale.ROOT, format, "aggregation", "p50", "p95", "CPU p50"));
        report.append(String.format(Locale.ROOT, format, "-----", "--:", "--:", "--:"));
        for (var e : measured.entrySet()) {
            for (int i = 0; i < warmup; i++) {
                e.getValue().get();
            }
            double[] samples = new double[iterations];
            double[] cpu = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                e.getValue().get();
                samples[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
            }
            String line = String.format(Locale.ROOT, format, e.getKey(), String.format(Locale.ROOT, "%.1f",
                    percentile(samples, 50)), String.format(Locale.ROOT, "%.1f", percentile(samples, 95)),
                    String.format(Locale.ROOT, "%.1f", percentile(cpu, 50)));
            System.out.print("[benchmark] " + line);
            report.append(line);
        }
        report.append(String.format(Locale.ROOT, "Load average at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "dashboards-" + LEDGER_LINES + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        SecurityContextHolder.clearContext();
    }

    record Fixture(String organisationId, String firmId, List<String> organisationIds) {
    }

    private Fixture fill(Random random) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Region[] regions = Region.values();
        Sector[] sectors = Sector.values();
        EmployeeBand[] bands = EmployeeBand.values();
        List<Organisation> orgs = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS; i++) {
            Organisation o = new Organisation(new OrganisationProfile("Organisme " + i, String.format("11%08d", i),
                    sectors[random.nextInt(sectors.length)], regions[i % regions.length], "1, rue Principale", "Ville",
                    "G7H 1S8", bands[random.nextInt(bands.length)], VolunteerBand.FROM_25_TO_99,
                    BudgetBand.FROM_100K_TO_500K, "Mission.", "https://exemple.org"), null);
            o.verify("benchmark", now.minus(Duration.ofDays(900)));
            orgs.add(o);
        }
        orgs = new ArrayList<>(mongo.insert(orgs, Organisation.class));

        List<Firm> firmList = new ArrayList<>();
        for (int i = 0; i < FIRMS; i++) {
            Firm f = new Firm(new FirmProfile("Firme " + i, null, SizeBand.FROM_10_TO_49, Set.of(Region.MONTREAL),
                    Set.of(WorkingLanguage.FRENCH), null, List.of(), "firme" + i + "@exemple.org", null, List.of(),
                    List.of()), null);
            f.verify("benchmark", now.minus(Duration.ofDays(900)));
            f.publishFulfilment(i % 4 == 0);
            firmList.add(f);
        }
        firmList = new ArrayList<>(mongo.insert(firmList, Firm.class));
        List<Obligation> obligationList = new ArrayList<>();
        for (Firm f : firmList) {
            for (int j = 0; j < OBLIGATIONS_PER_FIRM; j++) {
                LocalDate start = today.minusDays(730 - 60L * j);
                obligationList.add(new Obligation(f.getId(), new ObligationCommand(2_000, "Contrat " + j, start,
                        start.plusDays(800), Set.of(), Set.of())));
            }
        }
        obligationList = new ArrayList<>(mongo.insert(obligationList, Obligation.class));

        ProjectStatus[] path = {ProjectStatus.SUBMITTED, ProjectStatus.OPEN, ProjectStatus.MATCHED,
                ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED};
        List<Project> projectList = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            Project p = new Project(orgs.get(random.nextInt(orgs.size())).getId(), ProjectDraft.titled("Projet " + i));
            Instant at = now.minus(Duration.ofDays(5 + random.nextInt(700)));
            int steps = random.nextInt(path.length + 1);
            ProjectStatus from = ProjectStatus.DRAFT;
            for (int s = 0; s < steps; s++) {
                at = at.plus(Duration.ofHours(1 + random.nextInt(24 * 20)));
                p.moveTo(path[s], new Transition(at, "benchmark", "Banc", from, path[s], null));
                from = path[s];
            }
            projectList.add(p);
        }
        for (int i = 0; i < projectList.size(); i += 1_000) {
            mongo.insert(projectList.subList(i, Math.min(projectList.size(), i + 1_000)), Project.class);
        }

        Map<String, Long> sequences = new HashMap<>();
        List<LedgerEntry> batch = new ArrayList<>();
        int written = 0;
        while (written < LEDGER_LINES) {
            Obligation o = obligationList.get(random.nextInt(obligationList.size()));
            Project p = projectList.get(random.nextInt(projectList.size()));
            ProviderRef provider = ProviderRef.obligation(o.getId());
            Instant at = now.minus(Duration.ofDays(random.nextInt(720)));
            batch.add(line(provider, o.getFirmId(), p.getId(), EntryType.ALLOCATED, 40, null, at, sequences));
            written++;
            int logs = 1 + random.nextInt(4);
            for (int k = 0; k < logs && written < LEDGER_LINES; k++) {
                Instant loggedAt = at.plus(Duration.ofDays(1 + random.nextInt(30)));
                LedgerEntry logged = line(provider, o.getFirmId(), p.getId(), EntryType.LOGGED, 1 + random.nextInt(8),
                        null, loggedAt, sequences);
                // Inserted at once so that the answer can name it.
                mongo.insert(logged);
                written++;
                double answer = random.nextDouble();
                if (answer < 0.75 && written < LEDGER_LINES) {
                    EntryType type = answer < 0.70 ? EntryType.CONFIRMED : EntryType.DISPUTED;
                    batch.add(line(provider, o.getFirmId(), p.getId(), type, logged.getHours(), logged.getId(),
                            loggedAt.plus(Duration.ofDays(2)), sequences));
                    written++;
                }
            }
            if (batch.size() >= 1_000) {
                mongo.insert(batch, LedgerEntry.class);
                batch.clear();
            }
        }
        mongo.insert(batch, LedgerEntry.class);
        return new Fixture(orgs.get(0).getId(), firmList.get(0).getId(),
                orgs.stream().map(Organisation::getId).toList());
    }

    private static LedgerEntry line(ProviderRef provider, String firmId, String projectId, EntryType type, int hours,
            String answers, Instant at, Map<String, Long> sequences) {
        long sequence = sequences.merge(provider.id(), 1L, Long::sum) - 1;
        return new LedgerEntry(provider, firmId, projectId, "s1", type, hours,
                type == EntryType.LOGGED ? LocalDate.ofInstant(at, ZoneOffset.UTC) : null, null, answers, "benchmark",
                at, "bench:" + provider.id() + ":" + sequence, sequence);
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: keep "unknown CPU"
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "Machine: %s, %d CPUs, %s %s, Java %s, max heap %,d MB", cpu,
                Runtime.getRuntime().availableProcessors(), os.getName(), os.getVersion(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("jumelage-benchmark");
            dir.toFile().deleteOnExit();
            dir.resolve("dashboard-benchmark.mv").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
