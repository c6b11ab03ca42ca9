package org.jumelage.matching.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jumelage.matching.solver.DateRange;
import org.jumelage.matching.solver.Firm;
import org.jumelage.matching.solver.FirmObligation;
import org.jumelage.matching.solver.MatchingParameters;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.MatchingWeights;
import org.jumelage.matching.solver.Organisation;
import org.jumelage.matching.solver.Provider;
import org.jumelage.matching.solver.Seat;
import org.jumelage.matching.solver.Volunteer;
import org.jumelage.projects.Priority;
import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;

/**
 * Realistic matching problems from a seed: the same seed and size give the same problem. OSBLs spread
 * over Québec's regions by population; seats ask for 1 to 3 skills of one family of the packaged
 * skill catalogue (popular skills more often); a quarter of the providers are firm obligations, the
 * rest volunteers, each with skills clustered in one or two families.
 */
public final class InstanceGenerator {

    public static final LocalDate DEFAULT_PLANNING_DATE = LocalDate.of(2026, 1, 5);

    /** Rough share of Québec's population, in {@link Region} order. */
    private static final int[] REGION_WEIGHTS = {2, 3, 9, 3, 4, 24, 5, 2, 1, 1, 1, 5, 5, 6, 7, 17, 3};

    private final Random random;
    private final LocalDate today;
    private final Map<String, List<String>> skillsByFamily;
    private final List<String> families;
    private final Map<String, Region> homeRegions = new HashMap<>();

    private InstanceGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        this.skillsByFamily = catalogue();
        this.families = new ArrayList<>(skillsByFamily.keySet());
    }

    public static MatchingProblem generate(InstanceSize size, long seed) {
        return generate(size.seats(), size.providers(), seed, DEFAULT_PLANNING_DATE, new MatchingWeights(),
                MatchingParameters.defaults(DEFAULT_PLANNING_DATE));
    }

    public static MatchingProblem generate(int seatCount, int providerCount, long seed, LocalDate today,
            MatchingWeights weights, MatchingParameters parameters) {
        return new InstanceGenerator(seed, today).problem(seatCount, providerCount, weights,
                parameters.withPlanningDate(today));
    }

    private MatchingProblem problem(int seatCount, int providerCount, MatchingWeights weights,
            MatchingParameters parameters) {
        int organisationCount = Math.max(2, seatCount / 3);
        List<Organisation> organisations = new ArrayList<>();
        Map<String, Sector> sectors = new HashMap<>();
        for (int i = 1; i <= organisationCount; i++) {
            Organisation organisation = organisation("org" + i);
            organisations.add(organisation);
            sectors.put(organisation.id(), pick(Sector.values()));
        }

        int obligationCount = Math.max(1, providerCount / 4);
        int firmCount = Math.max(1, obligationCount / 3);
        List<Firm> firms = new ArrayList<>();
        for (int i = 1; i <= firmCount; i++) {
            firms.add(firm("firm" + i, organisations));
        }
        List<Provider> providers = new ArrayList<>();
        for (int i = 1; i <= obligationCount; i++) {
            providers.add(obligation("o" + i, firms.get(random.nextInt(firms.size()))));
        }
        for (int i = 1; i <= providerCount - obligationCount; i++) {
            providers.add(volunteer("v" + i, organisations));
        }

        List<Seat> seats = new ArrayList<>();
        int project = 0;
        while (seats.size() < seatCount) {
            project++;
            Organisation organisation = organisations.get(random.nextInt(organisations.size()));
            int seatsInProject = Math.min(seatCount - seats.size(), 1 + random.nextInt(3));
            boolean urgent = random.nextInt(100) < 15;
            String family = pick(families);
            LocalDate start = today.plusDays(random.nextInt(121));
            for (int s = 1; s <= seatsInProject; s++) {
                seats.add(seat("p" + project, "s" + s, organisation, sectors.get(organisation.id()), family, start,
                        urgent, parameters));
            }
        }
        return new MatchingProblem(parameters, weights, organisations, firms, providers, seats);
    }

    private Organisation organisation(String id) {
        Region region = region();
        int received = random.nextInt(100) < 40 ? 0 : 10 + random.nextInt(590);
        return new Organisation(id, "OSBL " + id, region, received, random.nextInt(100) < 55,
                !region.isMajorUrbanCentre());
    }

    private Firm firm(String id, List<Organisation> organisations) {
        Map<String, SkillLevel> skills = new HashMap<>();
        int familyCount = 2 + random.nextInt(2);
        int skillCount = 6 + random.nextInt(9);
        List<String> chosen = distinctFamilies(familyCount);
        for (int i = 0; i < skillCount; i++) {
            SkillLevel level = weighted(new SkillLevel[] {SkillLevel.WORKING, SkillLevel.ADVANCED, SkillLevel.EXPERT},
                    new int[] {40, 40, 20});
            skills.merge(skill(chosen.get(i % chosen.size())), level, (a, b) -> a.value() >= b.value() ? a : b);
        }
        int languages = random.nextInt(100);
        Set<WorkingLanguage> spoken = languages < 70 ? Set.of(WorkingLanguage.FRENCH, WorkingLanguage.ENGLISH)
                : languages < 95 ? Set.of(WorkingLanguage.FRENCH) : Set.of(WorkingLanguage.ENGLISH);
        Region home = region();
        Set<Region> regions = EnumSet.of(home);
        for (int i = random.nextInt(4); i > 0; i--) {
            regions.add(region());
        }
        Set<String> conflicts = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            conflicts.add(organisations.get(random.nextInt(organisations.size())).id());
        }
        Set<String> courses = random.nextInt(100) < 75 ? Set.of(Provider.PRIVACY_COURSE) : Set.of();
        homeRegions.put(id, home);
        return new Firm(id, "Firme " + id, 40 + random.nextInt(161), skills, spoken, regions, conflicts, courses);
    }

    private FirmObligation obligation(String id, Firm firm) {
        Set<Sector> sectors = random.nextInt(100) < 15 ? EnumSet.of(pick(Sector.values()), pick(Sector.values()))
                : Set.of();
        Set<Region> regions = random.nextInt(100) < 10 ? EnumSet.of(homeRegions.get(firm.id()), region())
                : Set.of();
        LocalDate validFrom = today.minusDays(300).plusDays(random.nextInt(331));
        LocalDate expiry = today.plusDays(45 + random.nextInt(496));
        return new FirmObligation("obligation:" + id, id, firm, 40 + random.nextInt(361), validFrom, expiry, sectors,
                regions);
    }

    private Volunteer volunteer(String id, List<Organisation> organisations) {
        List<String> chosen = distinctFamilies(1 + random.nextInt(2));
        Map<String, SkillLevel> skills = new HashMap<>();
        int skillCount = 3 + random.nextInt(5);
        for (int i = 0; i < skillCount; i++) {
            skills.merge(skill(chosen.get(i % chosen.size())), level(), (a, b) -> a.value() >= b.value() ? a : b);
        }
        Set<String> goals = new HashSet<>();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            goals.add(skill(chosen.get(random.nextInt(chosen.size()))));
        }
        int languages = random.nextInt(100);
        Set<WorkingLanguage> spoken = languages < 55 ? Set.of(WorkingLanguage.FRENCH)
                : languages < 90 ? Set.of(WorkingLanguage.FRENCH, WorkingLanguage.ENGLISH) : Set.of(WorkingLanguage.ENGLISH);
        List<DateRange> availability = new ArrayList<>();
        LocalDate from = today.minusDays(30).plusDays(random.nextInt(91));
        LocalDate to = from.plusMonths(4 + random.nextInt(7));
        availability.add(new DateRange(from, to));
        if (random.nextInt(100) < 20) {
            LocalDate again = to.plusDays(30 + random.nextInt(60));
            availability.add(new DateRange(again, again.plusMonths(2 + random.nextInt(4))));
        }
        int concurrent = weighted(new Integer[] {1, 2, 3}, new int[] {50, 35, 15});
        Set<String> courses = random.nextInt(100) < 55 ? Set.of(Provider.PRIVACY_COURSE) : Set.of();
        Set<String> conflicts = random.nextInt(100) < 5
                ? Set.of(organisations.get(random.nextInt(organisations.size())).id()) : Set.of();
        return new Volunteer("volunteer:" + id, id, "Bénévole " + id, 3 + random.nextInt(13), availability, skills,
                goals, spoken, region(), random.nextInt(100) < 85, concurrent, courses, conflicts);
    }

    private Seat seat(String projectId, String seatId, Organisation organisation, Sector sector, String family,
            LocalDate projectStart, boolean urgent, MatchingParameters parameters) {
        List<RequiredSkill> required = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = weighted(new Integer[] {1, 2, 3}, new int[] {50, 35, 15}); i > 0; i--) {
            String code = skill(family);
            if (codes.add(code)) {
                required.add(new RequiredSkill(code, level()));
            }
        }
        ProviderKind kind = weighted(new ProviderKind[] {ProviderKind.FIRM, ProviderKind.VOLUNTEER, ProviderKind.EITHER},
                new int[] {25, 35, 40});
        int hours = switch (kind) {
            case FIRM -> 40 + random.nextInt(201);
            case VOLUNTEER -> 20 + random.nextInt(81);
            case EITHER -> 30 + random.nextInt(131);
        };
        LocalDate start = projectStart.plusDays(random.nextInt(15));
        LocalDate end = start.plusWeeks(6 + random.nextInt(15));
        WorkingLanguage language = weighted(
                new WorkingLanguage[] {WorkingLanguage.FRENCH, WorkingLanguage.ENGLISH, WorkingLanguage.EITHER},
                new int[] {70, 8, 22});
        boolean remote = random.nextInt(100) < 65;
        return new Seat(projectId, seatId, "Rôle " + seatId, organisation, required, hours, new DateRange(start, end),
                end, language, remote, remote ? null : organisation.region(), kind, random.nextInt(100) < 20,
                urgent ? Priority.URGENT : Priority.NORMAL, sector, Set.of(), parameters);
    }

    // ---- draws ----------------------------------------------------------------------------------

    private SkillLevel level() {
        return weighted(SkillLevel.values(), new int[] {45, 40, 13, 2});
    }

    /** A skill of the family, popular ones (early in the catalogue) more often: weight 1/(rank+1). */
    private String skill(String family) {
        List<String> skills = skillsByFamily.get(family);
        double total = 0;
        for (int i = 0; i < skills.size(); i++) {
            total += 1.0 / (i + 1);
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < skills.size(); i++) {
            draw -= 1.0 / (i + 1);
            if (draw <= 0) {
                return skills.get(i);
            }
        }
        return skills.get(skills.size() - 1);
    }

    private List<String> distinctFamilies(int count) {
        List<String> pool = new ArrayList<>(families);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private Region region() {
        return weighted(Region.values(), REGION_WEIGHTS);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T weighted(T[] values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** Skill codes by family, in catalogue order. */
    private static Map<String, List<String>> catalogue() {
        Map<String, List<String>> byFamily = new LinkedHashMap<>();
        try (InputStream in = InstanceGenerator.class.getClassLoader().getResourceAsStream("skills/catalogue-v1.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] columns = line.split(",", 3);
                byFamily.computeIfAbsent(columns[1], f -> new ArrayList<>()).add(columns[0]);
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The packaged skill catalogue cannot be read", e);
        }
        return byFamily;
    }
}
