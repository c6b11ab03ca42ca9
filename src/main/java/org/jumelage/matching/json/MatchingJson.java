package org.jumelage.matching.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jumelage.matching.json.MatchingFile.ConstraintJson;
import org.jumelage.matching.json.MatchingFile.FirmJson;
import org.jumelage.matching.json.MatchingFile.ObligationJson;
import org.jumelage.matching.json.MatchingFile.OrganisationJson;
import org.jumelage.matching.json.MatchingFile.Parameters;
import org.jumelage.matching.json.MatchingFile.Period;
import org.jumelage.matching.json.MatchingFile.Result;
import org.jumelage.matching.json.MatchingFile.SeatJson;
import org.jumelage.matching.json.MatchingFile.SkillJson;
import org.jumelage.matching.json.MatchingFile.VolunteerJson;
import org.jumelage.matching.solver.DateRange;
import org.jumelage.matching.solver.Firm;
import org.jumelage.matching.solver.FirmObligation;
import org.jumelage.matching.solver.MatchingConstraint;
import org.jumelage.matching.solver.MatchingMetrics;
import org.jumelage.matching.solver.MatchingParameters;
import org.jumelage.matching.solver.MatchingProblem;
import org.jumelage.matching.solver.MatchingWeights;
import org.jumelage.matching.solver.Organisation;
import org.jumelage.matching.solver.Provider;
import org.jumelage.matching.solver.ScoreBreakdown;
import org.jumelage.matching.solver.Seat;
import org.jumelage.matching.solver.Volunteer;
import org.jumelage.projects.Priority;
import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes a problem (every fact, parameter and weight, and the seats' current providers) and reads it
 * back. A solution is the same document with the seats' providers and a {@code result} section.
 * Unknown fields, unknown ids and values out of their enums are refused with a
 * {@link MatchingFileException} that says where.
 */
public final class MatchingJson {

    public static final String FORMAT = "jumelage-matching/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private MatchingJson() {
    }

    // ---- writing ----------------------------------------------------------------------------------

    public static void write(MatchingProblem problem, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toFile(problem, null));
    }

    /** The plan with its breakdown as {@code result}. */
    public static void writeSolution(MatchingProblem plan, ScoreBreakdown breakdown, OutputStream out)
            throws IOException {
        MAPPER.writeValue(out, toFile(plan, breakdown));
    }

    public static String toJson(MatchingProblem problem) {
        try {
            return MAPPER.writeValueAsString(toFile(problem, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MatchingFile toFile(MatchingProblem problem, ScoreBreakdown breakdown) {
        MatchingParameters p = problem.getParameters();
        Map<String, Long> weights = new LinkedHashMap<>();
        problem.getWeights().asMap().forEach((constraint, weight) -> weights.put(constraint.id(), weight));
        List<ObligationJson> obligations = new ArrayList<>();
        List<VolunteerJson> volunteers = new ArrayList<>();
        for (Provider provider : problem.getProviders()) {
            if (provider instanceof FirmObligation o) {
                obligations.add(new ObligationJson(o.getId(), o.obligationId(), o.firmId(), o.remainingHours(),
                        o.validFrom(), o.expiry(), names(o.sectorRestrictions()), names(o.regionRestrictions())));
            } else if (provider instanceof Volunteer v) {
                volunteers.add(new VolunteerJson(v.getId(), v.userId(), v.name(), v.weeklyHours(),
                        v.availability().stream().map(r -> new Period(r.start(), r.end())).toList(), levels(v.skills()),
                        sorted(v.learningGoals()), names(v.languages()), v.region().name(), v.remoteOk(),
                        v.maxConcurrentSeats(), sorted(v.completedCourses()), sorted(v.conflictsOfInterest())));
            }
        }
        Result result = breakdown == null ? null
                : new Result(breakdown.score().toString(), breakdown.feasible(), breakdown.matchedHours(),
                        breakdown.totalHours(), breakdown.seatsFilled(), breakdown.seats(), MatchingMetrics.gini(problem),
                        breakdown.constraints().stream().map(c -> new ConstraintJson(c.constraint().id(),
                                c.constraint().constraintName(), c.constraint().level().name(), c.score().toString(),
                                c.matches())).toList());
        return new MatchingFile(FORMAT, p.planningDate(),
                new Parameters(p.urgentFactor(), p.fairnessReferenceHours(), p.expiryHorizonDays(),
                        p.deadlineHorizonDays(), p.shareCapHours()),
                weights,
                problem.getOrganisations().stream().map(o -> new OrganisationJson(o.id(), o.name(), o.region().name(),
                        o.hoursReceivedLast12Months(), o.small(), o.regional())).toList(),
                problem.getFirms().stream().map(f -> new FirmJson(f.id(), f.name(), f.monthlyCapacityHours(),
                        levels(f.teamSkills()), names(f.languages()), names(f.regions()), sorted(f.conflictsOfInterest()),
                        sorted(f.completedCourses()))).toList(),
                obligations, volunteers,
                problem.getSeats().stream().map(MatchingJson::seat).toList(),
                result);
    }

    private static SeatJson seat(Seat s) {
        return new SeatJson(s.projectId(), s.seatId(), s.roleTitle(), s.organisationId(),
                s.requiredSkills().stream().map(r -> new SkillJson(r.skillCode(), r.level().name())).toList(), s.hours(),
                s.window().start(), s.window().end(), s.deadline(), s.language().name(), s.remote(),
                s.remote() ? null : s.region().name(), s.allowedKinds().name(), s.personalData(), s.priority().name(),
                s.sector().name(), sorted(s.excludedProviderIds()),
                s.getProvider() == null ? null : s.getProvider().getId(), s.isPinned());
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static Map<String, String> levels(Map<String, SkillLevel> skills) {
        Map<String, String> levels = new TreeMap<>();
        skills.forEach((code, level) -> levels.put(code, level.name()));
        return levels;
    }

    // ---- reading ----------------------------------------------------------------------------------

    public static MatchingProblem read(InputStream in) throws IOException {
        MatchingFile file;
        try {
            file = MAPPER.readValue(in, MatchingFile.class);
        } catch (JsonProcessingException e) {
            throw new MatchingFileException("not a matching file: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        }
        if (file == null) {
            // "null" is valid JSON but no matching file.
            throw new MatchingFileException("not a matching file: it holds no object");
        }
        try {
            return fromFile(file);
        } catch (MatchingFileException e) {
            throw e;
        } catch (RuntimeException e) {
            // A value the checks above did not foresee: still a refused file, never a crash of the import.
            throw new MatchingFileException("not a valid matching file: " + e.getMessage());
        }
    }

    public static MatchingProblem fromJson(String json) {
        try {
            return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MatchingProblem fromFile(MatchingFile file) {
        if (!FORMAT.equals(file.format())) {
            throw new MatchingFileException("format must be \"" + FORMAT + "\", was \"" + file.format() + "\"");
        }
        require(file.planningDate(), "planningDate");
        Parameters p = require(file.parameters(), "parameters");
        MatchingParameters parameters = new MatchingParameters(file.planningDate(), p.urgentFactor(),
                p.fairnessReferenceHours(), p.expiryHorizonDays(), p.deadlineHorizonDays(),
                p.shareCapHours() == null ? MatchingParameters.DEFAULT_SHARE_CAP_HOURS : p.shareCapHours());
        Map<MatchingConstraint, Long> weights = new EnumMap<>(MatchingConstraint.class);
        if (file.weights() != null) {
            file.weights().forEach((id, weight) -> weights.put(MatchingConstraint.byId(id)
                    .orElseThrow(() -> new MatchingFileException("weights: unknown constraint \"" + id + "\"")),
                    require(weight, "weights: \"" + id + "\"")));
        }
        MatchingWeights matchingWeights;
        try {
            matchingWeights = new MatchingWeights(weights);
        } catch (IllegalArgumentException e) {
            throw new MatchingFileException("weights: " + e.getMessage());
        }

        Map<String, Organisation> organisations = new LinkedHashMap<>();
        for (OrganisationJson o : list(file.organisations())) {
            put(organisations, o.id(), new Organisation(o.id(), o.name(), enumOf(Region.class, o.region(), "organisation " + o.id()),
                    o.hoursReceivedLast12Months(), o.small(), o.regional()), "organisation");
        }
        Map<String, Firm> firms = new LinkedHashMap<>();
        for (FirmJson f : list(file.firms())) {
            String where = "firm " + f.id();
            put(firms, f.id(), new Firm(f.id(), f.name(), f.monthlyCapacityHours(), skillLevels(f.teamSkills(), where),
                    enums(WorkingLanguage.class, f.languages(), where), enums(Region.class, f.regions(), where),
                    Set.copyOf(list(f.conflictsOfInterest())), Set.copyOf(list(f.completedCourses()))), "firm");
        }
        Map<String, Provider> providers = new LinkedHashMap<>();
        for (ObligationJson o : list(file.obligations())) {
            String where = "obligation " + o.id();
            Firm firm = firms.get(o.firmId());
            if (firm == null) {
                throw new MatchingFileException(where + ": unknown firm \"" + o.firmId() + "\"");
            }
            put(providers, o.id(), guard(where, () -> new FirmObligation(o.id(), o.obligationId(), firm, o.remainingHours(),
                    o.validFrom(), o.expiry(), enums(Sector.class, o.sectorRestrictions(), where),
                    enums(Region.class, o.regionRestrictions(), where))), "provider");
        }
        for (VolunteerJson v : list(file.volunteers())) {
            String where = "volunteer " + v.id();
            put(providers, v.id(), guard(where, () -> new Volunteer(v.id(), v.userId(), v.name(), v.weeklyHours(),
                    list(v.availability()).stream().map(r -> new DateRange(r.start(), r.end())).toList(),
                    skillLevels(v.skills(), where), Set.copyOf(list(v.learningGoals())),
                    enums(WorkingLanguage.class, v.languages(), where), enumOf(Region.class, v.region(), where),
                    v.remoteOk(), v.maxConcurrentSeats(), Set.copyOf(list(v.completedCourses())),
                    Set.copyOf(list(v.conflictsOfInterest())))), "provider");
        }
        List<Seat> seats = new ArrayList<>();
        Set<String> seatIds = new java.util.HashSet<>();
        for (SeatJson s : list(file.seats())) {
            String where = "seat " + s.projectId() + "/" + s.seatId();
            Organisation organisation = organisations.get(s.organisationId());
            if (organisation == null) {
                throw new MatchingFileException(where + ": unknown organisation \"" + s.organisationId() + "\"");
            }
            Seat seat = guard(where, () -> new Seat(s.projectId(), s.seatId(), s.roleTitle(), organisation,
                    list(s.requiredSkills()).stream().map(r -> new RequiredSkill(r.skill(),
                            enumOf(SkillLevel.class, r.level(), where))).toList(),
                    s.hours(), new DateRange(s.windowStart(), s.windowEnd()), s.deadline(),
                    enumOf(WorkingLanguage.class, s.language(), where), s.remote(),
                    s.region() == null ? null : enumOf(Region.class, s.region(), where),
                    enumOf(ProviderKind.class, s.allowedKinds(), where), s.personalData(),
                    s.priority() == null ? Priority.NORMAL : enumOf(Priority.class, s.priority(), where),
                    s.sector() == null ? null : enumOf(Sector.class, s.sector(), where),
                    Set.copyOf(list(s.excludedProviderIds())), parameters));
            if (!seatIds.add(seat.getId())) {
                throw new MatchingFileException(where + ": appears twice");
            }
            if (s.providerId() != null) {
                Provider provider = providers.get(s.providerId());
                if (provider == null) {
                    throw new MatchingFileException(where + ": unknown provider \"" + s.providerId() + "\"");
                }
                seat.setProvider(provider);
            }
            seat.setPinned(s.pinned() && s.providerId() != null);
            seats.add(seat);
        }
        return new MatchingProblem(parameters, matchingWeights, List.copyOf(organisations.values()),
                List.copyOf(firms.values()), List.copyOf(providers.values()), seats);
    }

    private static <T> T guard(String where, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (MatchingFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MatchingFileException(where + ": " + e.getMessage());
        }
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new MatchingFileException(field + " is missing");
        }
        return value;
    }

    private static <T> List<T> list(List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new MatchingFileException("a list holds a null item");
        }
        return values;
    }

    private static <T> void put(Map<String, T> map, String id, T value, String kind) {
        if (id == null) {
            throw new MatchingFileException("a " + kind + " has no id");
        }
        if (map.putIfAbsent(id, value) != null) {
            throw new MatchingFileException(kind + " \"" + id + "\" appears twice");
        }
    }

    private static Map<String, SkillLevel> skillLevels(Map<String, String> levels, String where) {
        Map<String, SkillLevel> skills = new HashMap<>();
        if (levels != null) {
            levels.forEach((code, level) -> skills.put(code, enumOf(SkillLevel.class, level, where)));
        }
        return skills;
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names, String where) {
        return list(names).stream().map(n -> enumOf(type, n, where)).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String where) {
        if (name == null) {
            throw new MatchingFileException(where + ": a " + type.getSimpleName() + " is missing");
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new MatchingFileException(where + ": \"" + name + "\" is not a " + type.getSimpleName());
        }
    }
}
