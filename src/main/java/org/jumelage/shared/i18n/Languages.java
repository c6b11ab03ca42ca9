package org.jumelage.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The two interface languages. French is the default. */
public final class Languages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = FRENCH;
    public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

    /** Name of the cookie that remembers a visitor's language. */
    public static final String COOKIE = "jumelage-lang";

    private Languages() {
    }

    /** The supported locale for a tag such as "fr", "en-CA" or null; anything else gives French. */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return ENGLISH.getLanguage().equals(language) ? ENGLISH : FRENCH;
    }

    public static Locale normalise(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.getLanguage());
    }
}
