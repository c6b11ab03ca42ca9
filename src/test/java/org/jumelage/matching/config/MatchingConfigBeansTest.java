package org.jumelage.matching.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jumelage.matching.solver.MatchingConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MatchingConfigBeansTest {

    @TempDir
    Path dir;

    @Test
    void the_application_reads_the_configured_directory() throws IOException {
        Files.writeString(dir.resolve("matching.properties"), "weight.learning-goals=4\n");

        new ApplicationContextRunner().withUserConfiguration(MatchingConfigBeans.class)
                .withPropertyValues("jumelage.matching.config-dir=" + dir)
                .run(context -> {
                    MatchingConfigLoader loader = context.getBean(MatchingConfigLoader.class);
                    assertThat(loader.directory()).isEqualTo(dir);
                    assertThat(loader.load().settings().weights().weightOf(MatchingConstraint.LEARNING_GOALS))
                            .isEqualTo(4);
                });
    }

    @Test
    void by_default_the_application_reads_matching_config_in_the_working_directory() {
        new ApplicationContextRunner().withUserConfiguration(MatchingConfigBeans.class)
                .run(context -> assertThat(context.getBean(MatchingConfigLoader.class).directory())
                        .isEqualTo(Path.of("./matching-config")));
    }
}
