package org.jumelage.shared.skills;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillFamily;
import org.jumelage.shared.skills.internal.CustomSkill;
import org.jumelage.shared.skills.internal.CustomSkillRepository;
import org.jumelage.shared.skills.internal.SkillCatalogueService;
import org.jumelage.shared.text.SearchText;
import org.jumelage.shared.validation.RequiredText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * What coordinators and administrators do with the skill catalogue: search it, add custom skills
 * and improve their labels. Packaged skills are read-only and no code ever changes. Role names are
 * literals because the shared module must not depend on accounts.
 */
@Service
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class SkillAdministration {

    public static final String FIELD_CODE = "code";
    public static final String FIELD_FAMILY = "family";
    public static final String FIELD_LABEL_FR = "labelFr";
    public static final String FIELD_LABEL_EN = "labelEn";
    public static final int LABEL_MAX_LENGTH = 80;

    private static final Logger log = LoggerFactory.getLogger(SkillAdministration.class);

    private final SkillCatalogueService catalogue;
    private final CustomSkillRepository customSkills;

    public SkillAdministration(SkillCatalogueService catalogue, CustomSkillRepository customSkills) {
        this.catalogue = catalogue;
        this.customSkills = customSkills;
    }

    /**
     * Skills of the family (every family when null) whose code or labels contain every word of the
     * text, accents and case ignored; in catalogue order.
     */
    public List<Skill> search(String text, SkillFamily family) {
        List<String> words = Arrays.stream(SearchText.query(text).split(" ")).filter(w -> !w.isEmpty()).toList();
        return catalogue.all().stream()
                .filter(s -> family == null || s.family() == family)
                .filter(s -> {
                    String haystack = SearchText.normalise(s.code() + " " + s.labelFr() + " " + s.labelEn());
                    return words.stream().allMatch(haystack::contains);
                })
                .toList();
    }

    /**
     * Adds a custom skill. The code is trimmed and lower-cased, then must match {@link SkillCode}
     * and be new to the catalogue; labels are trimmed and required. Refused with a
     * {@link SkillException} that names every wrong field; nothing is stored then.
     */
    public Skill addCustomSkill(String code, SkillFamily family, String labelFr, String labelEn) {
        String cleanCode = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        String cleanFr = clean(labelFr);
        String cleanEn = clean(labelEn);

        Map<String, String> problems = new LinkedHashMap<>();
        String codeProblem = codeProblem(cleanCode);
        if (codeProblem != null) {
            problems.put(FIELD_CODE, codeProblem);
        }
        if (family == null) {
            problems.put(FIELD_FAMILY, "skills.error.familyRequired");
        }
        checkLabels(cleanFr, cleanEn, problems);
        if (!problems.isEmpty()) {
            throw new SkillException(problems);
        }

        try {
            CustomSkill saved = customSkills.save(new CustomSkill(cleanCode, family, cleanFr, cleanEn));
            log.info("Custom skill {} added", cleanCode);
            return saved.toSkill();
        } catch (DuplicateKeyException e) {
            // Someone added the same code between the check and the save.
            throw new SkillException(FIELD_CODE, "skills.error.codeTaken");
        } finally {
            catalogue.refresh();
        }
    }

    /** Improves the labels of a custom skill; its code and family stay. Packaged skills are refused. */
    public Skill relabelCustomSkill(String code, String labelFr, String labelEn) {
        Skill existing = catalogue.find(code).orElseThrow(() -> new SkillException("skills.error.notFound"));
        if (!existing.custom()) {
            throw new SkillException("skills.error.packagedReadOnly");
        }
        String cleanFr = clean(labelFr);
        String cleanEn = clean(labelEn);
        Map<String, String> problems = new LinkedHashMap<>();
        checkLabels(cleanFr, cleanEn, problems);
        if (!problems.isEmpty()) {
            throw new SkillException(problems);
        }

        CustomSkill stored = customSkills.findByCode(code).orElseThrow(() -> new SkillException("skills.error.notFound"));
        stored.relabel(cleanFr, cleanEn);
        try {
            Skill saved = customSkills.save(stored).toSkill();
            log.info("Custom skill {} relabelled", code);
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new SkillException("common.concurrentEdit");
        } finally {
            catalogue.refresh();
        }
    }

    private String codeProblem(String code) {
        if (code.isEmpty()) {
            return "skills.error.codeRequired";
        }
        if (code.length() < SkillCode.MIN_LENGTH || code.length() > SkillCode.MAX_LENGTH) {
            return "skills.error.codeLength";
        }
        if (!SkillCode.isValid(code)) {
            return "skills.error.codeFormat";
        }
        return catalogue.exists(code) ? "skills.error.codeTaken" : null;
    }

    private static void checkLabels(String labelFr, String labelEn, Map<String, String> problems) {
        String frProblem = labelProblem(labelFr);
        if (frProblem != null) {
            problems.put(FIELD_LABEL_FR, frProblem);
        }
        String enProblem = labelProblem(labelEn);
        if (enProblem != null) {
            problems.put(FIELD_LABEL_EN, enProblem);
        }
    }

    private static String labelProblem(String label) {
        if (RequiredText.isBlank(label)) {
            return "skills.error.labelRequired";
        }
        return label.length() > LABEL_MAX_LENGTH ? "skills.error.labelTooLong" : null;
    }

    /** Trimmed, with runs of white space (including line breaks pasted in) made one space. */
    private static String clean(String label) {
        return label == null ? "" : label.strip().replaceAll("\\s+", " ");
    }
}
