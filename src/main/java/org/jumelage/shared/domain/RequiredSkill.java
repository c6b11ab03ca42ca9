package org.jumelage.shared.domain;

/** A skill code with the minimum level a seat needs (or the level a provider holds). */
public record RequiredSkill(String skillCode, SkillLevel level) {
}
