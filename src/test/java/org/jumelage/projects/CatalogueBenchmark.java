package org.jumelage.projects;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.organisations.VolunteerBand;
import org.jumelage.organisations.internal.Organisation;
import org.jumelage.projects.internal.Project;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.skills.SkillCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark of the public catalogue's first page on the embedded store (mongo-java-server with the
 * durable H2 backend, in a temporary file), not a test: it prints figures and asserts nothing about
 * time. Not run by {@code mvn verify} (the name ends in "Benchmark"); run it with
 * {@code mvn -Pbenchmark test} and see {@code docs/performance.md}.
 *
 * <p>It fills the store with about 500 verified organisations over every region and sector, then
 * with projects (80 % open, the rest drafts, submitted, matched, in progress or completed) up to each
 * size of {@code benchmark.sizes} in turn (default 10,000 then 100,000; the store grows, projects
 * already inserted are kept). For every size and query it measures what the catalogue view asks for
 * its first page: {@link ProjectService#catalogue} (offset 0, 50 rows) then
 * {@link ProjectService#countCatalogue}, after warm-up rounds. The table is printed on stdout and
 * written to {@code target/benchmark/catalogue.txt}.
 *
 * <p>System properties: {@code benchmark.sizes} (comma-separated), {@code benchmark.iterations}
 * (measured rounds per query, default 30), {@code benchmark.warmup} (default 5) and
 * {@code benchmark.budgetSeconds} (default 120): a query whose rounds take longer stops after at
 * least 5 measured rounds once the budget is spent, and the table says how many rounds it had.
 */
@SpringBootTest(properties = {
        "jumelage.embedded-mongo.in-memory=false",
        "jumelage.embedded-mongo.port=0",
        "jumelage.demo-data=false",
        "jumelage.mail.host=",
        "jumelage.mail.poll-interval=PT1H",
        "vaadin.launch-browser=false"})
class CatalogueBenchmark {

    static final int ORGANISATIONS = 500;
    static final int BATCH = 1_000;
    static final int PAGE = 50;
    static final int MIN_ROUNDS = 5;
    static final long SEED = 20_260_101L;
    static final String KEYWORD_AS_TYPED = "education";
    static final Path DATA_DIR = temporaryDirectory();

    @Autowired
    ProjectService projects;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SkillCatalogue skills;

    @Autowired
    Clock clock;

    /** The benchmark inserts 100,000 projects: never into a real database. */
    @BeforeAll
    static void onlyOnTheEmbeddedStore() {
        String uri = System.getProperty("MONGODB_URI", System.getenv().getOrDefault("MONGODB_URI", ""));
        if (!uri.isBlank()) {
            throw new IllegalStateException("MONGODB_URI is set: the catalogue benchmark only fills a temporary "
                    + "embedded store; unset MONGODB_URI to run it");
        }
    }

    @DynamicPropertySource
    static void storeFile(DynamicPropertyRegistry registry) {
        registry.add("jumelage.embedded-mongo.file", () -> DATA_DIR.resolve("catalogue-benchmark.mv").toString());
    }

    record Named(String label, CatalogueQuery query) {
    }

    record Row(int size, String label, long matches, int pageRows, int rounds, double p50, double p95,
            double pageP50, double countP50) {
    }

    @Test
    void firstPageOfTheCatalogue() throws IOException {
        int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).mapToInt(s -> Integer.parseInt(s.replace("_", "")))
                .sorted().toArray();
        int iterations = Integer.getInteger("benchmark.iterations", 30);
        int warmup = Integer.getInteger("benchmark.warmup", 5);
        int budget = Integer.getInteger("benchmark.budgetSeconds", 120);

        Generator generator = new Generator(new Random(SEED), skills.all().stream().filter(s -> !s.custom())
                .map(Skill::code).sorted().toList(), clock.instant());
        List<Organisation> organisations = generator.organisations();
        long orgStart = System.nanoTime();
        mongo.insert(organisations, Organisation.class);
        double orgSeconds = (System.nanoTime() - orgStart) / 1e9;

        String skill = generator.commonSkill();
        List<Named> queries = List.of(
                new Named("(a) no keyword, no filter, NEWEST", CatalogueQuery.all()),
                new Named("(b) keyword \"" + KEYWORD_AS_TYPED + "\" (~1 %)",
                        new CatalogueQuery(KEYWORD_AS_TYPED, null, null, null, null, false, CatalogueSort.NEWEST)),
                new Named("(c) keyword + region MONTREAL + skill " + skill,
                        new CatalogueQuery(KEYWORD_AS_TYPED, Region.MONTREAL, null, skill, null, false,
                                CatalogueSort.NEWEST)),
                new Named("(d) MONTREAL + SOCIAL_WORK + VOLUNTEER + remote",
                        new CatalogueQuery(null, Region.MONTREAL, Sector.SOCIAL_WORK, null, ProviderKind.VOLUNTEER,
                                true, CatalogueSort.NEWEST)));

        List<Row> rows = new ArrayList<>();
        List<String> fills = new ArrayList<>();
        int inserted = 0;
        for (int size : sizes) {
            long start = System.nanoTime();
            int before = inserted;
            while (inserted < size) {
                int n = Math.min(BATCH, size - inserted);
                List<Project> batch = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    batch.add(generator.project(inserted + i, organisations));
                }
                mongo.insert(batch, Project.class);
                inserted += n;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long open = mongo.count(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("status")
                    .is(ProjectStatus.OPEN)), Project.class);
            fills.add(String.format(Locale.ROOT,
                    "%,d projects (%,d open): inserted %,d in %.1f s (%,.0f docs/s, batches of %,d); store file %,.1f MB;"
                            + " load average %.2f",
                    size, open, size - before, seconds, (size - before) / seconds, BATCH,
                    Files.size(DATA_DIR.resolve("catalogue-benchmark.mv")) / 1e6,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            System.out.println("[benchmark] " + fills.get(fills.size() - 1));
            assertThat(mongo.count(new Query(), Project.class)).isEqualTo(size);

            for (Named named : queries) {
                long matches = 0;
                int pageRows = 0;
                long warmStart = System.nanoTime();
                for (int i = 0; i < warmup && (i == 0 || elapsedSeconds(warmStart) < budget / 4.0); i++) {
                    pageRows = projects.catalogue(named.query(), 0, PAGE).size();
                    matches = projects.countCatalogue(named.query());
                }
                List<double[]> samples = new ArrayList<>(); // {total, page, count} in ms
                long measureStart = System.nanoTime();
                while (samples.size() < iterations
                        && (samples.size() < MIN_ROUNDS || elapsedSeconds(measureStart) < budget)) {
                    long t0 = System.nanoTime();
                    List<CatalogueEntry> page = projects.catalogue(named.query(), 0, PAGE);
                    long t1 = System.nanoTime();
                    long count = projects.countCatalogue(named.query());
                    long t2 = System.nanoTime();
                    samples.add(new double[] {(t2 - t0) / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6});
                    pageRows = page.size();
                    matches = count;
                }
                double[] totals = samples.stream().mapToDouble(a -> a[0]).toArray();
                double[] pages = samples.stream().mapToDouble(a -> a[1]).toArray();
                double[] counts = samples.stream().mapToDouble(a -> a[2]).toArray();
                Row row = new Row(size, named.label(), matches, pageRows, samples.size(), percentile(totals, 50),
                        percentile(totals, 95), percentile(pages, 50), percentile(counts, 50));
                rows.add(row);
                System.out.printf(Locale.ROOT, "[benchmark] %,d %s: p50 %.1f ms, p95 %.1f ms (%,d matches, %d rounds); load %.2f%n",
                        size, row.label(), row.p50(), row.p95(), row.matches(), row.rounds(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                assertThat(pageRows).isEqualTo((int) Math.min(PAGE, matches));
            }
        }

        String report = report(rows, fills, orgSeconds, organisations.size(), iterations, warmup, budget);
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "catalogue.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static String report(List<Row> rows, List<String> fills, double orgSeconds, int organisations,
            int iterations, int warmup, int budget) {
        StringBuilder s = new StringBuilder();
        s.append("\n=== Catalogue benchmark: first page (").append(PAGE)
                .append(" rows) + count, embedded store (mongo-java-server, durable H2 file) ===\n");
        s.append(machine()).append('\n');
        s.append(String.format(Locale.ROOT, "Per query: up to %d warm-up rounds (at least 1, within %d s), then %d"
                + " measured rounds, or fewer (at least %d) once %d s have passed; a round = page + count; times in ms%n",
                warmup, budget / 4, iterations, MIN_ROUNDS, budget));
        s.append(String.format(Locale.ROOT, "%,d organisations inserted in %.2f s%n", organisations, orgSeconds));
        fills.forEach(f -> s.append(f).append('\n'));
        s.append('\n');
        String format = "| %9s | %-56s | %9s | %4s | %6s | %9s | %9s | %9s | %9s |%n";
        s.append(String.format(Locale.ROOT, format, "projects", "query", "matches", "rows", "rounds", "p50", "p95",
                "page p50", "count p50"));
        s.append(String.format(Locale.ROOT, format, "--------:", "-----", "-------:", "---:", "-----:", "--:", "--:",
                "-------:", "--------:"));
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, format, String.format(Locale.ROOT, "%,d", r.size()), r.label(),
                    String.format(Locale.ROOT, "%,d", r.matches()), r.pageRows(), r.rounds(), ms(r.p50()), ms(r.p95()),
                    ms(r.pageP50()), ms(r.countP50())));
        }
        return s.toString();
    }

    private static double elapsedSeconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, value < 100 ? "%.1f" : "%,.0f", value);
    }

    /** Nearest-rank percentile. */
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
        long totalMemory = os instanceof com.sun.management.OperatingSystemMXBean sun
                ? sun.getTotalMemorySize() : -1;
        return String.format(Locale.ROOT, "Machine: %s, %d CPUs, %.1f GB RAM, %s %s, Java %s (%s), max heap %,d MB",
                cpu, Runtime.getRuntime().availableProcessors(), totalMemory / 1e9, os.getName(), os.getVersion(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("jumelage-benchmark");
            // Deleted after the Spring context has closed the store (delete-on-exit runs last).
            dir.toFile().deleteOnExit();
            dir.resolve("catalogue-benchmark.mv").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Realistic, reproducible data (fixed seed): French titles and summaries from word lists, one
     * project in a hundred about "éducation", skills from the packaged catalogue, a believable
     * timeline through the real lifecycle.
     */
    static final class Generator {

        // Rough share of Québec's population (and so of its OSBLs) by region, in per mille.
        private static final int[] REGION_WEIGHTS = {24, 33, 90, 32, 40, 240, 47, 17, 11, 5, 10, 52, 50, 62, 76,
                175, 31};
        private static final String[] ORG_KINDS = {"Centre communautaire", "Maison des jeunes", "Comptoir alimentaire",
                "Association des familles", "Regroupement des proches aidants", "Coopérative de solidarité",
                "Table de concertation", "Carrefour jeunesse", "Centre de femmes", "Comité logement",
                "Société d’histoire", "Cuisine collective", "Théâtre communautaire", "Fondation",
                "Corporation de développement communautaire", "Club de l’âge d’or", "Groupe de ressources"};
        private static final String[] PLACES = {"du Vieux-Port", "La Passerelle", "Le Tournesol", "des Moulins",
                "de la Rivière", "Les Trois Pignons", "du Quartier Saint-Roch", "L’Envolée", "Le Phare",
                "de la Haute-Ville", "des Érables", "du Bas-du-Fleuve", "La Ruche", "Le Pont", "des Îles",
                "de la Vallée", "du Plateau", "Le Relais", "La Boussole", "du Lac"};
        private static final String[] CITIES = {"Rimouski", "Saguenay", "Québec", "Trois-Rivières", "Sherbrooke",
                "Montréal", "Gatineau", "Rouyn-Noranda", "Sept-Îles", "Chibougamau", "Gaspé", "Lévis", "Laval",
                "Joliette", "Saint-Jérôme", "Longueuil", "Drummondville"};
        private static final String[] ACTIONS = {"Tableau de bord", "Refonte", "Migration", "Automatisation",
                "Analyse", "Formation", "Application mobile", "Site Web", "Outil de suivi", "Sondage",
                "Campagne numérique", "Base de données", "Carte interactive", "Assistant conversationnel",
                "Numérisation", "Plan de communication", "Stratégie numérique", "Portail", "Calendrier partagé",
                "Formulaire en ligne"};
        private static final String[] OBJECTS = {"des demandes d’aide", "des bénévoles", "des dons", "des inscriptions",
                "des membres", "des dossiers de suivi", "des subventions", "des paniers alimentaires", "des ateliers",
                "des rapports annuels", "de la paie", "des communications", "des prêts de matériel",
                "des appels reçus", "des locataires accompagnés", "des activités de loisir", "des repas livrés",
                "des transports solidaires", "des archives", "des partenaires"};
        private static final String[] AUDIENCES = {"pour les aînés", "pour les familles", "pour les jeunes",
                "pour les nouveaux arrivants", "pour les proches aidants", "pour les locataires", "en région",
                "pour l’équipe", "pour les membres", "pour le conseil d’administration", "pour les personnes isolées",
                "pour les donateurs"};
        private static final String[] NEEDS = {"L’équipe compile tout à la main dans des tableurs.",
                "Les informations sont éparpillées entre courriels et cahiers.",
                "Nous perdons plusieurs heures par semaine à ressaisir les mêmes données.",
                "Les bénévoles n’ont pas accès aux bons renseignements au bon moment.",
                "Nos bailleurs de fonds demandent des chiffres que nous peinons à produire.",
                "Le vieux logiciel n’est plus soutenu par son fournisseur.",
                "Les personnes que nous servons nous joignent surtout par téléphone."};
        private static final String[] GOALS = {"Nous voulons un outil simple que toute l’équipe saura utiliser.",
                "Le temps libéré ira à l’accompagnement des personnes.",
                "Nous souhaitons mesurer l’effet de nos actions sur la communauté.",
                "L’objectif est de répondre plus vite et plus clairement.",
                "Il faut protéger les renseignements personnels selon la Loi 25.",
                "Nous aimerions partager les résultats avec les organismes voisins."};
        private static final String[] KEYWORD_PHRASES = {"Ateliers d’éducation populaire",
                "Éducation financière", "pour l’éducation des adultes", "en éducation à l’environnement"};
        private static final String[] ROLES = {"Analyste de données", "Développeur·euse Web", "Conseiller·ère TI",
                "Formateur·rice", "Chargé·e de projet", "Spécialiste en communication", "Intégrateur·rice",
                "Chercheur·euse UX", "Technicien·ne", "Étudiant·e en appui"};

        private final Random random;
        private final List<String> skillCodes;
        private final Instant now;
        private final int[] regionCumulative;

        Generator(Random random, List<String> skillCodes, Instant now) {
            this.random = random;
            this.skillCodes = skillCodes;
            this.now = now;
            this.regionCumulative = new int[REGION_WEIGHTS.length];
            int sum = 0;
            for (int i = 0; i < REGION_WEIGHTS.length; i++) {
                sum += REGION_WEIGHTS[i];
                regionCumulative[i] = sum;
            }
            if (skillCodes.isEmpty()) {
                throw new IllegalStateException("The packaged skill catalogue is empty");
            }
        }

        /** A skill the generator picks as often as any other; used by query (c). */
        String commonSkill() {
            return skillCodes.contains("data.spreadsheets") ? "data.spreadsheets" : skillCodes.get(0);
        }

        List<Organisation> organisations() {
            Region[] regions = Region.values();
            Sector[] sectors = Sector.values();
            List<Organisation> list = new ArrayList<>();
            for (int i = 0; i < ORGANISATIONS; i++) {
                // Every region and every sector appears at least once; the rest follows the weights.
                Region region = i < regions.length ? regions[i] : weightedRegion();
                Sector sector = sectors[i % sectors.length];
                String name = pick(ORG_KINDS) + " " + pick(PLACES) + " " + (i + 1);
                String neq = String.format(Locale.ROOT, "11%08d", 40_000_000 + i * 7);
                OrganisationProfile profile = new OrganisationProfile(name, neq, sector, region,
                        (10 + random.nextInt(2_000)) + ", rue Principale", CITIES[region.ordinal()], null,
                        pick(EmployeeBand.values()), pick(VolunteerBand.values()), pick(BudgetBand.values()),
                        "Organisme sans but lucratif au service de sa communauté depuis " + (1960 + random.nextInt(60))
                                + ".",
                        null);
                Organisation organisation = new Organisation(profile, null);
                organisation.verify("benchmark", now.minus(Duration.ofDays(800)));
                list.add(organisation);
            }
            return list;
        }

        Project project(int index, List<Organisation> organisations) {
            Organisation owner = organisations.get(random.nextInt(organisations.size()));
            String title = pick(ACTIONS) + " " + pick(OBJECTS) + " " + pick(AUDIENCES);
            String summary = pick(NEEDS) + " " + pick(GOALS);
            if (index % 100 == 42) { // exactly one project in a hundred mentions "éducation"
                String phrase = pick(KEYWORD_PHRASES);
                if (random.nextBoolean()) {
                    title = title + " : " + phrase.toLowerCase(Locale.ROOT);
                } else {
                    summary = phrase + ". " + summary;
                }
            }
            Region region = owner.toSummary().region();
            List<SeatSpec> seats = new ArrayList<>();
            int seatCount = 1 + random.nextInt(3);
            for (int s = 0; s < seatCount; s++) {
                List<RequiredSkill> required = new ArrayList<>();
                int skillCount = 1 + random.nextInt(3);
                List<String> chosen = new ArrayList<>();
                while (chosen.size() < skillCount) {
                    String code = skillCodes.get(random.nextInt(skillCodes.size()));
                    if (!chosen.contains(code)) {
                        chosen.add(code);
                        required.add(new RequiredSkill(code, chosen.size() == 1 ? SkillLevel.ADVANCED
                                : SkillLevel.WORKING));
                    }
                }
                int k = random.nextInt(10);
                ProviderKind kind = k < 4 ? ProviderKind.FIRM : k < 7 ? ProviderKind.VOLUNTEER : ProviderKind.EITHER;
                boolean remote = random.nextInt(10) < 6;
                seats.add(new SeatSpec(null, pick(ROLES), required, 10 + random.nextInt(191), kind, remote,
                        remote ? null : region, random.nextInt(10) < 8 ? WorkingLanguage.FRENCH
                                : WorkingLanguage.EITHER));
            }
            Instant created = now.minus(Duration.ofMinutes(random.nextInt(730 * 24 * 60)));
            LocalDate start = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(14 + random.nextInt(60));
            DataInvolved data = pick(DataInvolved.values());
            boolean urgent = random.nextInt(10) == 0;
            ProjectDraft draft = new ProjectDraft(title, summary,
                    "Aujourd’hui, l’équipe fait ce travail à la main et y perd plusieurs heures chaque semaine.",
                    "Le travail se fait plus vite et le temps libéré va aux personnes que nous servons.",
                    pick(ProjectCategory.values()), data, start, start.plusDays(30 + random.nextInt(240)),
                    urgent ? Priority.URGENT : Priority.NORMAL,
                    urgent ? "Le financement actuel prend fin au printemps." : "", seats,
                    new ScopingChecklist("Un outil en fonction et un guide d’utilisation.", "La direction générale",
                            data == DataInvolved.NONE ? "" : "Accès limité, par compte nominatif.",
                            2 + random.nextInt(20)),
                    new EthicsAnswers("La saisie et la compilation répétitives.", "L’accompagnement des personnes.",
                            random.nextInt(8) == 0 ? JobImpact.REALLOCATION : JobImpact.NONE,
                            "Consentement écrit à l’inscription.", "Seules les données utiles au projet.",
                            "Détruites un an après la fin du projet.",
                            "Vérification des biais avec des personnes concernées.",
                            "Une intervenante valide chaque décision."));
            Project project = new Project(owner.getId(), draft);
            project.recordCreation(new Transition(created, "benchmark", "Jumelage", null, ProjectStatus.DRAFT, null));
            Instant at = created;
            for (ProjectStatus step : path(targetStatus())) {
                at = at.plus(Duration.ofHours(12 + random.nextInt(10 * 24)));
                project.moveTo(step, new Transition(at, "benchmark", "Jumelage", project.getStatus(), step,
                        step == ProjectStatus.OPEN ? "Projet clair et bien cadré." : null));
            }
            return project;
        }

        /** 80 % open; the rest spread over the states the catalogue must leave out. */
        private ProjectStatus targetStatus() {
            int r = random.nextInt(100);
            if (r < 80) {
                return ProjectStatus.OPEN;
            }
            if (r < 88) {
                return ProjectStatus.DRAFT;
            }
            if (r < 94) {
                return ProjectStatus.SUBMITTED;
            }
            return r < 96 ? ProjectStatus.MATCHED : r < 98 ? ProjectStatus.IN_PROGRESS : ProjectStatus.COMPLETED;
        }

        private static List<ProjectStatus> path(ProjectStatus target) {
            List<ProjectStatus> all = List.of(ProjectStatus.SUBMITTED, ProjectStatus.OPEN, ProjectStatus.MATCHED,
                    ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED);
            return target == ProjectStatus.DRAFT ? List.of() : all.subList(0, all.indexOf(target) + 1);
        }

        private Region weightedRegion() {
            int r = random.nextInt(regionCumulative[regionCumulative.length - 1]);
            for (int i = 0; i < regionCumulative.length; i++) {
                if (r < regionCumulative[i]) {
                    return Region.values()[i];
                }
            }
            return Region.MONTREAL;
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
