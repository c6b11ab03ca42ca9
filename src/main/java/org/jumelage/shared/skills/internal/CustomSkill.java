package org.jumelage.shared.skills.internal;

import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillFamily;
import org.jumelage.shared.storage.BaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A skill a coordinator added to the catalogue. Its code has a unique index and never changes once
 * stored; only the labels may be improved.
 */
@Document("custom_skills")
public class CustomSkill extends BaseDocument {

    private String code;
    private SkillFamily family;
    private String labelFr;
    private String labelEn;

    protected CustomSkill() {
    }

    public CustomSkill(String code, SkillFamily family, String labelFr, String labelEn) {
        this.code = code;
        this.family = family;
        relabel(labelFr, labelEn);
    }

    public void relabel(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public Skill toSkill() {
        return new Skill(code, family, labelFr, labelEn, true);
    }

    public String getCode() {
        return code;
    }

    public SkillFamily getFamily() {
        return family;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }
}
