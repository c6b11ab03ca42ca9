package org.jumelage.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password rules: at least 12 characters and not in a list of common passwords (compared without
 * case, and also with trailing digits and symbols removed, so "Password1234!" counts as common).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 72;
    /** The password hash reads at most this many bytes of UTF-8 and refuses longer passwords. */
    public static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The translation key of what is wrong with the password, or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.isEmpty()) {
            return "validation.password.required";
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "validation.password.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "validation.password.tooLong";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "validation.password.tooManyBytes";
        }
        if (isCommon(password)) {
            return "validation.password.common";
        }
        return null;
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\W_]+$", "");
        if (COMMON.contains(lower) || (!stem.isEmpty() && COMMON.contains(stem))) {
            return true;
        }
        // One character repeated, or a run such as "abcdefghijkl" or "123456789012".
        return lower.chars().distinct().count() <= 2;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("accounts/common-passwords.txt is missing");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
