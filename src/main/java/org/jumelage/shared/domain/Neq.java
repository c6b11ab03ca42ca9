package org.jumelage.shared.domain;

/**
 * The Québec enterprise number (NEQ) of an organisation or a firm: ten digits, stored bare and
 * shown in groups of 4, 3 and 3.
 */
public final class Neq {

    private Neq() {
    }

    /** Ten digits from a NEQ as typed ("1234-567 890"), or null when absent or not exactly ten digits. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[^0-9]", "");
        return digits.length() == 10 ? digits : null;
    }

    /** {@code 1234567890} as {@code 1234 567 890}; anything else as it is. */
    public static String format(String neq) {
        return neq == null || neq.length() != 10 ? neq
                : neq.substring(0, 4) + " " + neq.substring(4, 7) + " " + neq.substring(7);
    }
}
