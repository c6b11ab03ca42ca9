package org.jumelage.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;

/**
 * One plain-language reason for a proposal or for a seat left open: a translation key under
 * {@code matchreason.} and its arguments, rendered in the reader's language when shown or mailed.
 * Each argument is stored as text with its {@link ArgKind}, so that a skill code, a level, a date or
 * a region is turned into words of the reader's language only when shown (reasons are stored once
 * and read in French and in English).
 *
 * @param kinds what each argument is, in the order of {@code args}; null (reasons stored before
 *        arguments were typed) means plain text
 * @param penalty true for a soft penalty the match carries (or a rule that kept a seat open)
 */
public record Reason(String key, List<String> args, List<ArgKind> kinds, boolean penalty) {

    /** What an argument holds, which tells how to show it. */
    public enum ArgKind {
        /** Shown as it is: names, counts, hours. */
        TEXT,
        /** An ISO date, shown in the reader's medium date format. */
        DATE,
        /** A {@link Region} name. */
        REGION,
        /** A {@link WorkingLanguage} name. */
        LANGUAGE,
        /** A {@link Sector} name. */
        SECTOR,
        /** A {@link ProviderKind} name. */
        PROVIDER_KIND,
        /** A {@link SkillLevel} name. */
        LEVEL,
        /** A skill code of the catalogue. */
        SKILL,
        /** Skill codes joined by {@value Reason#LIST_SEPARATOR}. */
        SKILLS,
        /** Required skills with the level held: {@code code:held:required} items joined by the separator. */
        SKILL_LEVELS,
        /** A matching rule (constraint) id. */
        RULE
    }

    /** Separates the items of a list argument (skill codes hold neither it nor a colon). */
    public static final String LIST_SEPARATOR = ",";
    /** The level of a skill not held at all, in {@link ArgKind#SKILL_LEVELS}. */
    public static final String NOT_HELD = "-";

    /** An argument whose kind its Java type cannot tell (skill codes, rule ids, lists). */
    public record Arg(ArgKind kind, String value) {
    }

    public Reason {
        args = args == null ? List.of() : List.copyOf(args);
        kinds = kinds == null ? null : List.copyOf(kinds);
    }

    /** A reason with plain-text arguments only. */
    public Reason(String key, List<String> args, boolean penalty) {
        this(key, args, null, penalty);
    }

    /** The kind of the i-th argument (plain text when unknown). */
    public ArgKind kindOf(int index) {
        return kinds == null || index >= kinds.size() || kinds.get(index) == null ? ArgKind.TEXT : kinds.get(index);
    }

    /**
     * A reason; each argument's kind follows from its type: {@link LocalDate}, {@link Region},
     * {@link WorkingLanguage}, {@link Sector}, {@link ProviderKind}, {@link SkillLevel}, an {@link Arg};
     * anything else is text (null is empty text).
     */
    public static Reason of(String key, Object... args) {
        return build(key, false, args);
    }

    public static Reason penalty(String key, Object... args) {
        return build(key, true, args);
    }

    public static Arg skill(String code) {
        return new Arg(ArgKind.SKILL, code);
    }

    public static Arg skills(List<String> codes) {
        return new Arg(ArgKind.SKILLS, String.join(LIST_SEPARATOR, codes));
    }

    /** Each required skill with the level held (null when not held). */
    public static Arg skillLevels(List<RequiredSkill> required, java.util.function.Function<String, SkillLevel> held) {
        return new Arg(ArgKind.SKILL_LEVELS, required.stream().map(r -> {
            SkillLevel level = held.apply(r.skillCode());
            return r.skillCode() + ":" + (level == null ? NOT_HELD : level.name()) + ":" + r.level().name();
        }).collect(Collectors.joining(LIST_SEPARATOR)));
    }

    public static Arg rule(String ruleId) {
        return new Arg(ArgKind.RULE, ruleId);
    }

    private static Reason build(String key, boolean penalty, Object... args) {
        List<String> values = new ArrayList<>(args.length);
        List<ArgKind> kinds = new ArrayList<>(args.length);
        for (Object arg : args) {
            ArgKind kind = ArgKind.TEXT;
            String value;
            if (arg instanceof Arg typed) {
                kind = typed.kind();
                value = typed.value();
            } else if (arg instanceof Enum<?> e) {
                kind = kindOf(e);
                value = e.name();
            } else if (arg instanceof LocalDate date) {
                kind = ArgKind.DATE;
                value = date.toString();
            } else {
                value = arg == null ? "" : String.valueOf(arg);
            }
            values.add(value);
            kinds.add(kind);
        }
        return new Reason(key, values, kinds, penalty);
    }

    private static ArgKind kindOf(Enum<?> e) {
        if (e instanceof Region) {
            return ArgKind.REGION;
        }
        if (e instanceof WorkingLanguage) {
            return ArgKind.LANGUAGE;
        }
        if (e instanceof Sector) {
            return ArgKind.SECTOR;
        }
        if (e instanceof ProviderKind) {
            return ArgKind.PROVIDER_KIND;
        }
        if (e instanceof SkillLevel) {
            return ArgKind.LEVEL;
        }
        return ArgKind.TEXT;
    }
}
