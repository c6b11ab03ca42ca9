package org.jumelage.training;

import java.util.Locale;

import org.jumelage.shared.validation.RequiredText;

/** A text in French and English. The French text stands in when the English one is missing. */
public record Bilingual(String fr, String en) {

    public Bilingual {
        fr = fr == null ? "" : fr.strip();
        en = en == null ? "" : en.strip();
    }

    public static Bilingual of(String fr, String en) {
        return new Bilingual(fr, en);
    }

    /** The text in the language, falling back to the other one when blank. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String first = english ? en : fr;
        return RequiredText.isBlank(first) ? (english ? fr : en) : first;
    }

    public boolean has(String language) {
        return RequiredText.isGiven("en".equals(language) ? en : fr);
    }

    public boolean inBothLanguages() {
        return RequiredText.isGiven(fr) && RequiredText.isGiven(en);
    }
}
