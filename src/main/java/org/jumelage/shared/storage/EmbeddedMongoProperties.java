package org.jumelage.shared.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process MongoDB wire-protocol server used when no {@code MONGODB_URI} is set.
 *
 * @param file     H2 file that holds the data
 * @param host     loopback address to bind
 * @param port     TCP port to bind; 0 picks a free one (tests)
 * @param inMemory keep data in memory only (tests)
 */
@ConfigurationProperties("jumelage.embedded-mongo")
public record EmbeddedMongoProperties(
        @DefaultValue("./data/jumelage.mv") String file,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("27018") int port,
        @DefaultValue("false") boolean inMemory) {
}
