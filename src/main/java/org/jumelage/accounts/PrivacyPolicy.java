package org.jumelage.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import org.jumelage.shared.i18n.Languages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The privacy policy in force: its version, the date it took effect and its text in French and
 * English ({@code privacy/policy.properties} and {@code privacy/policy-v<version>_<language>.md} on the
 * class path). Publishing a new policy means adding its texts and raising {@code version}: every
 * person is then asked to consent again at their next visit.
 */
@Component
public class PrivacyPolicy {

    private final int version;
    private final LocalDate effective;
    private final String french;
    private final String english;

    public PrivacyPolicy() {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource("privacy/policy.properties").getInputStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("privacy/policy.properties cannot be read", e);
        }
        this.version = Integer.parseInt(properties.getProperty("version").trim());
        this.effective = LocalDate.parse(properties.getProperty("effective").trim());
        this.french = read("privacy/policy-v" + version + "_fr.md");
        this.english = read("privacy/policy-v" + version + "_en.md");
    }

    public int version() {
        return version;
    }

    public LocalDate effective() {
        return effective;
    }

    /** The policy's Markdown text in this language (French unless English is asked). */
    public String text(Locale locale) {
        return Languages.ENGLISH.getLanguage().equals(Languages.normalise(locale).getLanguage()) ? english : french;
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path + " cannot be read", e);
        }
    }
}
