package org.jumelage;

import org.jumelage.matching.SolveCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Jumelage: pro bono matchmaking and learning for Québec non-profit organisations. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class JumelageApplication {

    /** {@code solve ...} solves a matching problem file without starting the web server (see matching-config/README.md). */
    public static void main(String[] args) {
        if (SolveCommand.isInvoked(args)) {
            int exitCode = SolveCommand.run(args, System.out, System.err);
            if (exitCode != 0) {
                System.exit(exitCode);
            }
            return;
        }
        SpringApplication.run(JumelageApplication.class, args);
    }
}
