package org.jumelage.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the two languages in step: a key in one file and not the other, a key used in code but in
 * neither file, or a user-visible text literal in a view fails the build.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Calls whose first argument is shown to a person; a literal there must be a translation key. */
    private static final Pattern VISIBLE_LITERAL = Pattern.compile(
            "(?:\\bset(?:Text|Label|Title|Placeholder|HelperText|ErrorMessage|HeaderTitle|AriaLabel|Tooltip)"
                    + "|\\bNotification\\.show|\\bnew (?:Span|Button|H[1-6]|Paragraph|Text|NativeLabel"
                    + "|Checkbox|TextField|Tab|Details|RouterLink|MenuItem)|\\.addItem|\\.setHeader)"
                    + "\\(\\s*\"([^\"]*)\""
                    + "|\\bnew Anchor\\([^,()]+,\\s*\"([^\"]*)\"");
    private static final Pattern KEY_CALL = Pattern.compile(
            "getTranslation\\(\\s*\"([A-Za-z0-9_.\\-]+)\"\\s*[,)]|\\bAccountException\\((?:\"\\w+\",\\s*)?\"([A-Za-z0-9_.\\-]+)\"\\s*\\)|"
                    + "@Menu\\(title = \"([A-Za-z0-9_.\\-]+)\"|message = \"\\{([A-Za-z0-9_.\\-]+)}\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    static Properties load(Locale locale) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + locale.getLanguage() + ".properties")) {
            assertThat(in).as("translations file for " + locale).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void french_and_english_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties fr = load(Locale.FRENCH);
        Properties en = load(Locale.ENGLISH);

        Set<String> onlyFrench = new TreeSet<>(fr.stringPropertyNames());
        onlyFrench.removeAll(en.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
        onlyEnglish.removeAll(fr.stringPropertyNames());

        assertThat(onlyFrench).as("keys missing from translations_en.properties").isEmpty();
        assertThat(onlyEnglish).as("keys missing from translations_fr.properties").isEmpty();
        assertThat(fr.stringPropertyNames()).allSatisfy(k -> assertThat(fr.getProperty(k)).as(k).isNotBlank());
        assertThat(en.stringPropertyNames()).allSatisfy(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void every_key_used_in_code_and_templates_exists() throws IOException {
        Properties fr = load(Locale.FRENCH);
        Set<String> missing = new TreeSet<>();
        for (Path file : files(SOURCES, ".java")) {
            Matcher m = KEY_CALL.matcher(Files.readString(file));
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    String key = m.group(g);
                    if (key != null && !fr.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        for (Path file : files(TEMPLATES, "")) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
            while (m.find()) {
                if (!fr.containsKey(m.group(1))) {
                    missing.add(m.group(1) + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).as("translation keys used but not defined").isEmpty();
    }

    @Test
    void views_show_no_text_without_a_translation_key() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : files(SOURCES, ".java")) {
            String source = Files.readString(file);
            if (!source.contains("com.vaadin.flow.component")) {
                continue;
            }
            Matcher m = VISIBLE_LITERAL.matcher(source);
            while (m.find()) {
                String literal = m.group(1) != null ? m.group(1) : m.group(2);
                if (literal.chars().anyMatch(Character::isLetter)) {
                    offenders.add(file.getFileName() + ": \"" + literal + "\"");
                }
            }
        }
        assertThat(offenders).as("user-visible literals; use getTranslation(key) instead").isEmpty();
    }

    @Test
    void the_check_for_hard_coded_text_catches_a_literal() {
        String bad = "add(new Button(\"Enregistrer\")); field.setLabel(\"Nom\"); new Span(\"\");";
        Matcher m = VISIBLE_LITERAL.matcher(bad);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        assertThat(found).containsExactly("Enregistrer", "Nom", "");
        Matcher anchor = VISIBLE_LITERAL.matcher("new Anchor(\"login\", \"Se connecter\")");
        assertThat(anchor.find()).isTrue();
        assertThat(anchor.group(2)).isEqualTo("Se connecter");
    }

    @Test
    void provider_formats_parameters_and_marks_missing_keys() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("home.welcome", Locale.FRENCH, "Zoé")).isEqualTo("Bonjour Zoé!");
        assertThat(provider.getTranslation("home.welcome", Locale.ENGLISH, "Zoé")).isEqualTo("Hello Zoé!");
        assertThat(provider.getTranslation("home.welcome", Locale.GERMAN, "Zoé")).isEqualTo("Bonjour Zoé!");
        assertThat(provider.getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!{no.such.key}!");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
