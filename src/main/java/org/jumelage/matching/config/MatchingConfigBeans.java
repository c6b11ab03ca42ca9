package org.jumelage.matching.config;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The loader of {@code matching-config/}; the directory is {@code jumelage.matching.config-dir}. */
@Configuration(proxyBeanMethods = false)
class MatchingConfigBeans {

    @Bean
    MatchingConfigLoader matchingConfigLoader(
            @Value("${jumelage.matching.config-dir:./matching-config}") String directory) {
        return new MatchingConfigLoader(Path.of(directory));
    }
}
