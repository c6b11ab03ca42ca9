package org.jumelage.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Vaadin's translations, from {@code vaadin-i18n/translations_fr.properties} and
 * {@code translations_en.properties} (UTF-8). The same bundle backs Spring's MessageSource, so mails
 * and validation messages share the keys. A missing key shows as {@code !{key}!} and is logged, so
 * it stands out on screen and in tests.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale language = Languages.normalise(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, NoFallback.INSTANCE).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key '{}' for {}", key, language);
            return "!{" + key + "}!";
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        // Apostrophes are text here, never MessageFormat quotes.
        return new MessageFormat(pattern.replace("'", "''"), language).format(params);
    }

    /** Only the two bundle files; never the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(locale);
        }
    }
}
