package org.jumelage.documents;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes like {@code JUM-7KQ4-M9XT-2HCP}: twelve random characters (about 59 bits) from
 * an alphabet without look-alikes (no 0/O, 1/I/L, U), so a person can read one off paper and type
 * it. Typing is forgiving: lower case, spaces, missing dashes and a missing prefix are accepted.
 */
public final class VerificationCodeFormat {

    public static final String PREFIX = "JUM";
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodeFormat() {
    }

    public static String newCode() {
        StringBuilder body = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return format(body.toString());
    }

    /** The canonical form of a typed code, or empty when it cannot be one. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-‐‑–—_.]", "");
        if (s.length() == LENGTH + PREFIX.length() && s.startsWith(PREFIX)) {
            s = s.substring(PREFIX.length());
        }
        if (s.length() != LENGTH || s.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return Optional.of(format(s));
    }

    private static String format(String body) {
        return PREFIX + "-" + body.substring(0, 4) + "-" + body.substring(4, 8) + "-" + body.substring(8, 12);
    }
}
