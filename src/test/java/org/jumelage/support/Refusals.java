package org.jumelage.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.jumelage.accounts.AccountException;
import org.jumelage.accounts.InvalidCommandException;
import org.jumelage.projects.FieldProblem;
import org.jumelage.projects.ProjectException;
import org.jumelage.shared.i18n.TranslationsTestAccess;
import org.jumelage.shared.skills.SkillException;
import org.jumelage.shared.validation.RefusalException;

/**
 * What a refusal of bad input must be: one of the application's refusal exceptions, whose translation
 * keys all exist in the French and the English files, so that the person is told in their language.
 * Any other exception (a parse error, a null pointer, a database error) is what would reach the user as
 * an error page, and fails the property.
 */
public final class Refusals {

    private static final Properties FRENCH;
    private static final Properties ENGLISH;

    static {
        try {
            FRENCH = TranslationsTestAccess.load(Locale.FRENCH);
            ENGLISH = TranslationsTestAccess.load(Locale.ENGLISH);
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Refusals() {
    }

    /** The translation keys a refusal carries; fails on an exception that is not a refusal. */
    public static List<String> keysOf(Throwable refusal) {
        List<String> keys = new ArrayList<>();
        if (refusal instanceof RefusalException r) {
            keys.add(r.messageKey());
            keys.addAll(r.fieldMessageKeys().values());
        } else if (refusal instanceof AccountException a) {
            keys.add(a.messageKey());
        } else if (refusal instanceof InvalidCommandException i) {
            keys.addAll(i.fieldMessageKeys().values());
        } else if (refusal instanceof ProjectException p) {
            keys.add(p.messageKey());
            p.problems().stream().map(FieldProblem::messageKey).forEach(keys::add);
        } else if (refusal instanceof SkillException s) {
            keys.add(s.messageKey());
            keys.addAll(s.fieldMessageKeys().values());
        } else {
            throw new AssertionError("not a refusal with a message but " + refusal, refusal);
        }
        if (keys.isEmpty()) {
            throw new AssertionError("a refusal without any message key: " + refusal, refusal);
        }
        for (String key : keys) {
            if (key == null || !FRENCH.containsKey(key) || !ENGLISH.containsKey(key)) {
                throw new AssertionError("refused with key \"" + key + "\" missing from a translation file", refusal);
            }
        }
        return keys;
    }

    /** Whether a translation key is in both files. */
    public static boolean known(String key) {
        return FRENCH.containsKey(key) && ENGLISH.containsKey(key);
    }

    /**
     * Runs the action: returns its result when it was accepted, or null after checking that it was
     * refused with known keys.
     */
    public static <T> Outcome<T> attempt(java.util.function.Supplier<T> action) {
        try {
            return new Outcome<>(action.get(), null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, keysOf(e));
        }
    }

    /** Either what an accepted action returned, or the keys it was refused with. */
    public record Outcome<T>(T value, List<String> refusedWith) {
        public boolean accepted() {
            return refusedWith == null;
        }
    }
}
