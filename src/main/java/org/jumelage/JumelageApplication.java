package org.jumelage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Jumelage: pro bono matchmaking and learning for Québec non-profit organisations. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class JumelageApplication {

    public static void main(String[] args) {
        SpringApplication.run(JumelageApplication.class, args);
    }
}
