package org.jumelage.shared.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jumelage.shared.i18n.TranslationsTestAccess;
import org.junit.jupiter.api.Test;

/**
 * The skill catalogue's error keys reach views through {@link SkillException} rather than a literal
 * {@code getTranslation("...")}, so the general translations test cannot see them: every key
 * written in this feature's sources must exist in both languages.
 */
class SkillMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/jumelage/shared/skills");
    private static final Pattern KEY = Pattern.compile("\"((?:skills|common)\\.[A-Za-z0-9_.\\-]+)\"");

    @Test
    void every_key_in_the_skill_sources_exists_in_french_and_english() throws IOException {
        Set<String> keys = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            Matcher m = KEY.matcher(Files.readString(file));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).contains("skills.error.codeTaken", "skills.error.packagedReadOnly", "common.concurrentEdit");
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Properties texts = TranslationsTestAccess.load(locale);
            assertThat(keys).as(locale.toString()).allSatisfy(k -> assertThat(texts.getProperty(k)).as(k).isNotBlank());
        }
    }
}
