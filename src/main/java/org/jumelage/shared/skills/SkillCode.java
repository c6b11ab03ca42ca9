package org.jumelage.shared.skills;

import java.util.regex.Pattern;

/**
 * The shape of a skill code, shared by the packaged catalogue and custom skills: lower-case ASCII
 * letters and digits in parts joined by dots or hyphens, such as {@code data.power-bi}.
 */
public final class SkillCode {

    public static final Pattern PATTERN = Pattern.compile("^[a-z0-9]+([.-][a-z0-9]+)*$");
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 60;

    private SkillCode() {
    }

    public static boolean isValid(String code) {
        return code != null && code.length() >= MIN_LENGTH && code.length() <= MAX_LENGTH
                && PATTERN.matcher(code).matches();
    }
}
