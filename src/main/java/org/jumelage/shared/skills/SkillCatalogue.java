package org.jumelage.shared.skills;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jumelage.shared.domain.Skill;

/**
 * The skill catalogue: the packaged, versioned list plus the skills coordinators added. Codes never
 * change once published.
 */
public interface SkillCatalogue {

    /** Every skill, packaged and custom, ordered by family then French label. */
    List<Skill> all();

    Optional<Skill> find(String code);

    default boolean exists(String code) {
        return find(code).isPresent();
    }

    /** The skill's label in the language, or the code itself when the skill is unknown. */
    default String label(String code, Locale locale) {
        return find(code).map(s -> s.label(locale)).orElse(code);
    }
}
