package org.jumelage.shared.validation;

/**
 * When a required text counts as given: it must hold at least one character a person can see. Spaces
 * of every kind (no-break and ideographic ones too), control characters, invisible formatting
 * characters (zero-width space and joiners, word joiner, byte order mark, bidi marks and overrides),
 * variation selectors and the fillers that render as nothing do not count, so a name made only of
 * them is refused as missing. Bean Validation's {@code @NotBlank} follows the same rule here (see
 * {@link ValidationSetup}).
 */
public final class RequiredText {

    private RequiredText() {
    }

    /** Whether the text is absent or holds nothing visible. */
    public static boolean isBlank(CharSequence text) {
        return text == null || text.codePoints().allMatch(RequiredText::invisible);
    }

    /** Whether the text holds at least one visible character. */
    public static boolean isGiven(CharSequence text) {
        return !isBlank(text);
    }

    static boolean invisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.SURROGATE -> true;
            default -> c == '\u034F' // combining grapheme joiner
                    || (c >= '\uFE00' && c <= '\uFE0F') || (c >= 0xE0100 && c <= 0xE01EF) // variation selectors
                    || c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0' // Hangul fillers
                    || c == '\u2800'; // braille blank
        };
    }
}
