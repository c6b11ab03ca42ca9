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
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(plain).replaceAll(" ").trim();
    }

    /** A regex that finds the normalised query anywhere, with every special character quoted. */
    public static String containsPattern(String query) {
        return Pattern.quote(normalise(query));
    }
}
