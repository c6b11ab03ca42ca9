package org.jumelage.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.jumelage.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;

import com.mongodb.MongoClientSettings;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The driver talks to the embedded server with patience: a slow answer under load (a heartbeat's
 * too) must not make it declare the server gone and clear its pool, failing every query in flight.
 */
class EmbeddedClientSettingsTest extends IntegrationTestBase {

    @Autowired
    @Qualifier("embeddedMongoClientCustomizer")
    MongoClientSettingsBuilderCustomizer customizer;
    @Autowired
    MongoServer server;

    @Test
    void the_driver_waits_long_for_the_embedded_server_and_keeps_a_large_pool() {
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        customizer.customize(builder);
        MongoClientSettings settings = builder.build();

        assertThat(settings.getClusterSettings().getHosts()).singleElement()
                .satisfies(host -> assertThat(host.getPort()).isEqualTo(server.getLocalAddress().getPort()));
        assertThat(settings.getServerSettings().getHeartbeatFrequency(TimeUnit.SECONDS)).isEqualTo(30);
        // The heartbeat's socket reads with the connect timeout: a busy server has two minutes to answer.
        assertThat(settings.getHeartbeatSocketSettings().getReadTimeout(TimeUnit.SECONDS)).isEqualTo(120);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.SECONDS)).isEqualTo(120);
        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS)).isEqualTo(120);
        assertThat(settings.getConnectionPoolSettings().getMaxSize()).isEqualTo(200);
        assertThat(settings.getConnectionPoolSettings().getMaxWaitTime(TimeUnit.SECONDS)).isEqualTo(120);
    }
}
