package org.jumelage.shared.storage;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Starts mongo-java-server in-process when no {@code MONGODB_URI} is given, and points the real
 * MongoDB driver at it over loopback. Taking the server as a bean parameter of the customizer also
 * makes the server start before the client.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${MONGODB_URI:}'.isBlank()")
public class EmbeddedMongoConfiguration {

    /**
     * Threads that serve the embedded server's connections. Each thread answers the messages of its
     * connections one at a time, so with Netty's default (two per core) the driver's heartbeat could
     * wait behind a long query of another connection on the same thread and time out, and the driver
     * then dropped every pooled connection. More threads than cores: most of them sit idle.
     */
    static final int SERVER_THREADS = 16;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(EmbeddedMongoProperties properties) throws IOException {
        MongoBackend backend;
        if (properties.inMemory()) {
            backend = new MemoryBackend();
        } else {
            Path file = Path.of(properties.file()).toAbsolutePath().normalize();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            backend = DurableH2Backend.open(file.toString());
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(new InetSocketAddress(properties.host(), properties.port()), 1, SERVER_THREADS);
        } catch (Exception e) { // Netty rethrows the checked BindException without declaring it
            server.shutdownNow();
            if (hasCause(e, BindException.class)) {
                throw new IllegalStateException("The embedded MongoDB server cannot listen on "
                        + properties.host() + ":" + properties.port() + " (port already in use). "
                        + "Set jumelage.embedded-mongo.port (environment JUMELAGE_EMBEDDED_MONGO_PORT) "
                        + "to a free port, or MONGODB_URI to use a real MongoDB.", e);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The embedded MongoDB server cannot start", e);
        }
        if (properties.inMemory()) {
            log.info("Database mode: embedded MongoDB server (in memory, nothing persisted) on {}",
                    server.getLocalAddress());
        } else {
            log.info("Database mode: embedded MongoDB server on {}; data file {}", server.getLocalAddress(),
                    Path.of(properties.file()).toAbsolutePath().normalize());
        }
        return server;
    }

    /** Tells features that the store lives and dies with this process (see {@link EmbeddedStore}). */
    @Bean
    EmbeddedStore embeddedStore() {
        return new EmbeddedStore();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer embeddedMongoClientCustomizer(MongoServer embeddedMongoServer) {
        InetSocketAddress address = embeddedMongoServer.getLocalAddress();
        ConnectionString connection = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort());
        return settings -> settings.applyConnectionString(connection)
                // The server shares this process's CPU: under load an answer, a heartbeat's too, may take
                // long. A slow answer must not make the driver declare the server gone and clear its
                // pool (every query in flight then fails); it cannot be gone while this process runs.
                .applyToServerSettings(server -> server.heartbeatFrequency(30, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.MINUTES))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.MINUTES))
                .applyToConnectionPoolSettings(pool -> pool.maxSize(200).maxWaitTime(2, TimeUnit.MINUTES));
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
