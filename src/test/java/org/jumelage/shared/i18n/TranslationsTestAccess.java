package org.jumelage.shared.i18n;

import java.io.IOException;
import java.util.Locale;
import java.util.Properties;

/** Lets tests of other packages read the translation files as the translations test does. */
public final class TranslationsTestAccess {

    private TranslationsTestAccess() {
    }

    public static Properties load(Locale locale) throws IOException {
        return TranslationsTest.load(locale);
    }
}
