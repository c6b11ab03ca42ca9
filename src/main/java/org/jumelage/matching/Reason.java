package org.jumelage.matching;

import java.util.List;

/**
 * One plain-language reason for a proposal or for a seat left open: a translation key under
 * {@code matchreason.} and its arguments, rendered in the reader's language when shown or mailed.
 *
 * @param penalty true for a soft penalty the match carries (or a rule that kept a seat open)
 */
public record Reason(String key, List<String> args, boolean penalty) {

    public Reason {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, java.util.Arrays.stream(args).map(String::valueOf).toList(), false);
    }

    public static Reason penalty(String key, Object... args) {
        return new Reason(key, java.util.Arrays.stream(args).map(String::valueOf).toList(), true);
    }
}
