package org.jumelage.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lower-case, accent-free text for keyword search, since neither store is asked for {@code $text}:
 * "Éducation" and "education" both become "education".
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Invisible formatting characters (zero-width space, joiners, bidi controls): nothing to look for. */
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");
    /** Control characters (NUL included, which no store query may hold) separate words like a space. */
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Longest text looked for, in characters: the store tries a pattern on every document, so a text of a
     * million characters would hold every search up; no name or title needs more to be found.
     */
    public static final int MAX_QUERY = 100;

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String visible = CONTROLS.matcher(FORMAT.matcher(text).replaceAll("")).replaceAll(" ");
        String decomposed = Normalizer.normalize(visible, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(plain).replaceAll(" ").trim();
    }

    /** What a search looks for: the normalised text, its first {@value #MAX_QUERY} characters. */
    public static String query(String text) {
        String normalised = normalise(text);
        if (normalised.codePointCount(0, normalised.length()) <= MAX_QUERY) {
            return normalised;
        }
        return normalised.substring(0, normalised.offsetByCodePoints(0, MAX_QUERY)).trim();
    }

    /** A regex that finds the search's text anywhere, with every special character quoted. */
    public static String containsPattern(String query) {
        return Pattern.quote(query(query));
    }
}
