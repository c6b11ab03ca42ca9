package org.jumelage.shared.validation;

import java.util.regex.Pattern;

/**
 * The shape an e-mail address must have everywhere a person types one: something, an at sign, a dotted
 * domain; no white space, no control or invisible formatting character (a NUL, a line break that would
 * split a mail header, a bidi override that disguises the address) and none of the characters that
 * must be quoted in an address ({@code <>()[]\,;:"}), so that a stored address can always be mailed.
 */
public final class EmailAddresses {

    private static final String PART = "[^@\\s\\p{Z}\\p{Cc}\\p{Cf}<>()\\[\\]\\\\,;:\"]+";

    /** For {@code @Email(regexp = ...)}. */
    public static final String REGEX = "^" + PART + "@" + PART + "\\." + PART + "$";

    public static final Pattern PATTERN = Pattern.compile(REGEX);

    private EmailAddresses() {
    }
}
