package org.jumelage.matching.explain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jumelage.matching.Reason;
import org.jumelage.matching.Reason.ArgKind;
import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.skills.SkillCatalogue;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Turns a {@link Reason} into a sentence of the reader's language: skills by their catalogue names,
 * levels, regions, languages, sectors and provider kinds by their labels, dates in the medium format
 * of the language, rules by their names. A value it cannot read (a reason stored by an older
 * version) is shown as it was stored.
 */
@Component
public class ReasonTexts {

    private final I18NProvider translations;
    private final SkillCatalogue skills;

    public ReasonTexts(I18NProvider translations, SkillCatalogue skills) {
        this.translations = translations;
        this.skills = skills;
    }

    public String text(Reason reason, Locale locale) {
        Locale language = Languages.normalise(locale);
        Object[] params = new Object[reason.args().size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = argument(reason.kindOf(i), reason.args().get(i), language);
        }
        return translations.getTranslation(reason.key(), language, params);
    }

    private String argument(ArgKind kind, String value, Locale language) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (kind) {
            case TEXT -> value;
            case DATE -> date(value, language);
            case REGION -> label(value, Region::valueOf, Region::translationKey, language);
            case LANGUAGE -> label(value, WorkingLanguage::valueOf, WorkingLanguage::translationKey, language);
            case SECTOR -> label(value, Sector::valueOf, Sector::translationKey, language);
            case PROVIDER_KIND -> label(value, ProviderKind::valueOf, ProviderKind::translationKey, language);
            case LEVEL -> level(value, language);
            case SKILL -> skills.label(value, language);
            case SKILLS -> String.join(", ", items(value).stream().map(code -> skills.label(code, language)).toList());
            case SKILL_LEVELS -> skillLevels(value, language);
            case RULE -> rule(value, language);
        };
    }

    private static String date(String iso, Locale language) {
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language).format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private <E> String label(String name, Function<String, E> parse, Function<E, String> key, Locale language) {
        try {
            return translations.getTranslation(key.apply(parse.apply(name)), language);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** A level in running text: its label in lower case ("avancé", "advanced"). */
    private String level(String name, Locale language) {
        if (Reason.NOT_HELD.equals(name)) {
            return translations.getTranslation("matchreason.arg.notHeld", language);
        }
        return label(name, SkillLevel::valueOf, SkillLevel::translationKey, language).toLowerCase(language);
    }

    private String skillLevels(String value, Locale language) {
        List<String> shown = new ArrayList<>();
        for (String item : items(value)) {
            String[] parts = item.split(":");
            if (parts.length != 3) {
                shown.add(item);
                continue;
            }
            shown.add(translations.getTranslation("matchreason.arg.skillLevel", language,
                    skills.label(parts[0], language), level(parts[1], language), level(parts[2], language)));
        }
        return String.join("; ", shown);
    }

    private String rule(String id, Locale language) {
        String text = translations.getTranslation("matchreason.rule." + id, language);
        return text.startsWith("!{") ? id : text;
    }

    private static List<String> items(String value) {
        return List.of(value.split(Reason.LIST_SEPARATOR)).stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
