package org.jumelage.impact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.impact.internal.Programme;
import org.jumelage.impact.internal.ProgrammeRepository;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.validation.RequiredText;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Coordinators' programmes: a name, the sectors and regions of the organisations whose projects it
 * covers (none chosen: all), and the questions it adds after the standard survey. The standard part
 * never changes. Questions are put to surveys requested after they were added; retiring a question
 * leaves the surveys that already carry it unchanged. Every change names the version it edits.
 */
@Service
public class EvaluationProgrammes {

    public static final int MAX_NAME = 120;
    public static final int MAX_QUESTION = 500;

    private final ProgrammeRepository programmes;

    public EvaluationProgrammes(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public List<ProgrammeView> all() {
        return programmes.findAllByOrderByNameAsc().stream().map(Programme::toView).toList();
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public ProgrammeView create(String name, Set<Sector> sectors, Set<Region> regions) {
        String clean = name(name);
        return programmes.save(new Programme(clean, orEmpty(sectors), orEmpty(regions))).toView();
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public ProgrammeView update(String programmeId, String name, Set<Sector> sectors, Set<Region> regions,
            long expectedVersion) {
        String clean = name(name);
        Programme p = load(programmeId, expectedVersion);
        p.update(clean, orEmpty(sectors), orEmpty(regions));
        return save(p);
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public ProgrammeView addQuestion(String programmeId, String textFr, String textEn, QuestionType type,
            long expectedVersion) {
        Map<String, String> problems = new LinkedHashMap<>();
        String fr = text(problems, "textFr", textFr);
        String en = text(problems, "textEn", textEn);
        if (type == null) {
            problems.put("type", "programme.question.typeRequired");
        }
        if (!problems.isEmpty()) {
            throw new ImpactException(problems);
        }
        Programme p = load(programmeId, expectedVersion);
        p.addQuestion(UUID.randomUUID().toString().substring(0, 8), fr, en, type);
        return save(p);
    }

    @RolesAllowed(Role.COORDINATOR_ROLE)
    public ProgrammeView retireQuestion(String programmeId, String questionId, long expectedVersion) {
        Programme p = load(programmeId, expectedVersion);
        if (!p.retireQuestion(questionId)) {
            throw new ImpactException("programme.question.notFound");
        }
        return save(p);
    }

    private Programme load(String programmeId, long expectedVersion) {
        Programme p = programmes.findById(programmeId == null ? "" : programmeId)
                .orElseThrow(() -> new ImpactException("programme.notFound"));
        if (p.getVersion() == null || p.getVersion() != expectedVersion) {
            throw new ImpactException("common.concurrentEdit");
        }
        return p;
    }

    private ProgrammeView save(Programme p) {
        try {
            return programmes.save(p).toView();
        } catch (OptimisticLockingFailureException e) {
            throw new ImpactException("common.concurrentEdit");
        }
    }

    private static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (RequiredText.isBlank(clean)) {
            throw new ImpactException("name", "programme.name.required");
        }
        if (clean.length() > MAX_NAME) {
            throw new ImpactException("name", "programme.name.tooLong");
        }
        return clean;
    }

    private static String text(Map<String, String> problems, String field, String text) {
        String clean = text == null ? "" : text.strip();
        if (RequiredText.isBlank(clean)) {
            problems.put(field, "programme.question.textRequired");
        } else if (clean.length() > MAX_QUESTION) {
            problems.put(field, "programme.question.textTooLong");
        }
        return clean;
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
