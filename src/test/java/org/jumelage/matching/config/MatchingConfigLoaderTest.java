package org.jumelage.matching.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jumelage.matching.solver.MatchingConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;

class MatchingConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void without_a_directory_the_packaged_defaults_are_used() {
        MatchingConfig config = new MatchingConfigLoader(dir.resolve("absent")).load();

        assertThat(config.solverConfigSource()).isEqualTo("packaged default solverConfig.xml");
        assertThat(config.settingsSource()).isEqualTo("packaged default matching.properties");
        assertThat(config.settings().offerExpiryDays()).isEqualTo(7);
        assertThat(config.settings().weights().weightOf(MatchingConstraint.SMALL_AND_REGIONAL_FIRST)).isEqualTo(2);
        assertThat(config.solverConfig().getTerminationConfig().getSecondsSpentLimit()).isEqualTo(60);
        assertThat(config.solverConfig().getPhaseConfigList()).hasAtLeastOneElementOfType(LocalSearchPhaseConfig.class);
    }

    @Test
    void the_directory_is_read_again_at_every_call_and_missing_keys_keep_their_default() throws IOException {
        MatchingConfigLoader loader = new MatchingConfigLoader(dir);
        write("matching.properties", "weight.proximity=7\noffer.expiry-days=3\n");
        MatchingConfig first = loader.load();

        write("matching.properties", "weight.proximity=9\n");
        MatchingConfig second = loader.load();

        assertThat(first.settingsSource()).isEqualTo(dir.resolve("matching.properties").toString());
        assertThat(first.settings().weights().weightOf(MatchingConstraint.PROXIMITY)).isEqualTo(7);
        assertThat(first.settings().offerExpiryDays()).isEqualTo(3);
        assertThat(second.settings().weights().weightOf(MatchingConstraint.PROXIMITY)).isEqualTo(9);
        assertThat(second.settings().offerExpiryDays()).isEqualTo(7);
        assertThat(second.solverConfigSource()).isEqualTo("packaged default solverConfig.xml");
    }

    @Test
    void a_solver_configuration_in_the_directory_replaces_the_packaged_one() throws IOException {
        write("solverConfig.xml", packaged("solverConfig.xml").replace("<secondsSpentLimit>60", "<secondsSpentLimit>5"));

        MatchingConfig config = new MatchingConfigLoader(dir).load();

        assertThat(config.solverConfigSource()).isEqualTo(dir.resolve("solverConfig.xml").toString());
        assertThat(config.solverConfig().getTerminationConfig().getSecondsSpentLimit()).isEqualTo(5);
    }

    @Test
    void an_unknown_key_is_refused_with_the_file_and_the_key() throws IOException {
        write("matching.properties", "weight.proximty=7\n");

        assertThatThrownBy(() -> new MatchingConfigLoader(dir).load())
                .isInstanceOfSatisfying(MatchingConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(dir.resolve("matching.properties").toString());
                    assertThat(e.problem()).contains("unknown key weight.proximty");
                    assertThat(e.messageKey()).isEqualTo("matching.config.invalid");
                });
    }

    @Test
    void a_weight_that_is_not_a_whole_number_is_refused() throws IOException {
        write("matching.properties", "weight.skill-fit=1.5\n");

        assertThatThrownBy(() -> new MatchingConfigLoader(dir).load())
                .isInstanceOfSatisfying(MatchingConfigException.class, e -> assertThat(e.detail())
                        .isEqualTo(dir.resolve("matching.properties") + ": weight.skill-fit = \"1.5\" is not a whole number"));
    }

    @Test
    void a_negative_weight_or_a_zero_offer_expiry_is_refused() throws IOException {
        write("matching.properties", "weight.deadlines=-1\n");
        assertThatThrownBy(() -> new MatchingConfigLoader(dir).load())
                .isInstanceOfSatisfying(MatchingConfigException.class,
                        e -> assertThat(e.problem()).isEqualTo("weight.deadlines = -1 is outside 0 to 1000000"));

        write("matching.properties", "offer.expiry-days=0\n");
        assertThatThrownBy(() -> new MatchingConfigLoader(dir).load())
                .isInstanceOfSatisfying(MatchingConfigException.class,
                        e -> assertThat(e.problem()).isEqualTo("offer.expiry-days = 0 is outside 1 to 365"));
    }

    @Test
    void a_broken_solver_configuration_is_refused_with_the_parser_message() throws IOException {
        write("solverConfig.xml", packaged("solverConfig.xml").replace("</termination>", ""));

        assertThatThrownBy(() -> new MatchingConfigLoader(dir).load())
                .isInstanceOfSatisfying(MatchingConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(dir.resolve("solverConfig.xml").toString());
                    assertThat(e.problem()).startsWith("not a valid solver configuration (").contains("termination");
                });
    }

    @Test
    void a_solver_configuration_without_a_time_limit_is_refused() throws IOException {
        write("solverConfig.xml", packaged("solverConfig.xml")
                .replaceAll("(?s)<termination>.*?</termination>", ""));

        assertThatThrownBy(() -> new MatchingConfigLoader(dir).load())
                .isInstanceOfSatisfying(MatchingConfigException.class, e -> assertThat(e.problem())
                        .isEqualTo("the <termination> of the solver needs a time limit such as <secondsSpentLimit>"));
    }

    @Test
    void a_solver_configuration_with_an_unknown_element_is_refused() throws IOException {
        write("solverConfig.xml", packaged("solverConfig.xml").replace("<localSearch>", "<localSearch><speed>fast</speed>"));

        assertThatThrownBy(() -> new MatchingConfigLoader(dir).load())
                .isInstanceOfSatisfying(MatchingConfigException.class,
                        e -> assertThat(e.problem()).startsWith("not a valid solver configuration").contains("speed"));
    }

    @Test
    void the_top_level_matching_config_is_the_packaged_default() throws IOException {
        for (String file : new String[] {"solverConfig.xml", "matching.properties"}) {
            assertThat(Files.readString(Path.of("matching-config", file))).as(file).isEqualTo(packaged(file));
        }
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    private static String packaged(String file) throws IOException {
        try (InputStream in = MatchingConfigLoaderTest.class.getClassLoader().getResourceAsStream("matching/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
