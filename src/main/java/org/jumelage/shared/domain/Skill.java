package org.jumelage.shared.domain;

import java.util.Locale;

/**
 * One skill of the catalogue. The code is stable forever (other records refer to it); labels may
 * be improved. {@code custom} marks skills that a coordinator added in the application.
 */
public record Skill(String code, SkillFamily family, String labelFr, String labelEn, boolean custom) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }
}
