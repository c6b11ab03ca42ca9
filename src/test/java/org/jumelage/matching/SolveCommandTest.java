package org.jumelage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jumelage.JumelageApplication;
import org.jumelage.matching.generator.InstanceGenerator;
import org.jumelage.matching.generator.InstanceSize;
import org.jumelage.matching.json.MatchingJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The headless solve: same file, seed and step limit give the same score; no web server is started. */
class SolveCommandTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        SolverLogs.quiet();
    }

    private Path problemFile() throws IOException {
        Path problem = dir.resolve("problem.json");
        try (OutputStream out = Files.newOutputStream(problem)) {
            MatchingJson.write(InstanceGenerator.generate(InstanceSize.S, 21), out);
        }
        return problem;
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run solve(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SolveCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String score(Path solution) throws IOException {
        return new ObjectMapper().readTree(solution.toFile()).get("result").get("score").asText();
    }

    @Test
    void the_same_file_seed_and_step_limit_give_the_same_score() throws IOException {
        Path problem = problemFile();
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        Run one = solve("solve", "--input", problem.toString(), "--output", first.toString(), "--seconds", "30",
                "--seed", "7", "--steps", "300");
        Run two = solve("solve", "--input", problem.toString(), "--output", second.toString(), "--seconds", "30",
                "--seed", "7", "--steps", "300");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(score(second)).isEqualTo(score(first));
        assertThat(one.out()).contains("Score: " + score(first)).contains("Unassigned hours").contains("Matched hours:");
        assertThat(MatchingJson.read(Files.newInputStream(first)).getSeats()).hasSize(50);
    }

    @Test
    void the_main_method_solves_without_starting_the_web_server() throws IOException {
        Path problem = problemFile();
        Path solution = dir.resolve("solution.json");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JumelageApplication.main(new String[] {"solve", "--input", problem.toString(), "--output",
                    solution.toString(), "--seconds", "5", "--seed", "1", "--steps", "100"});
        } finally {
            System.setOut(original);
        }

        String printed = captured.toString(StandardCharsets.UTF_8);
        assertThat(Files.exists(solution)).isTrue();
        assertThat(printed).contains("Score: " + score(solution)).contains("Configuration: ")
                .doesNotContain("Tomcat").doesNotContain("Started JumelageApplication");
    }

    @Test
    void an_invalid_configuration_directory_refuses_the_run_naming_the_file() throws IOException {
        Path problem = problemFile();
        Path config = Files.createDirectory(dir.resolve("config"));
        Files.writeString(config.resolve("matching.properties"), "weight.fair-share=lots\n");

        Run run = solve("solve", "--input", problem.toString(), "--output", dir.resolve("s.json").toString(),
                "--config-dir", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Configuration refused: " + config.resolve("matching.properties")
                + ": weight.fair-share = \"lots\" is not a whole number");
        assertThat(Files.exists(dir.resolve("s.json"))).isFalse();
    }

    @Test
    void a_usage_error_prints_the_usage() {
        Run run = solve("solve", "--input", "p.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--input and --output are required").contains(SolveCommand.USAGE);
    }
}
