package org.jumelage.shared.storage;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.bson.Document;
import org.slf4j.LoggerFactory;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Not a test: single-client insert throughput of {@link DurableH2Backend} (commit before every reply)
 * against the plain {@link H2Backend} (background commit about once a second), through the real
 * driver over loopback. Run from the project root after {@code mvn -o -q test-compile}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(mvn -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.jumelage.shared.storage.StoreThroughputBenchmark [documents] [rounds]
 * </pre>
 */
public final class StoreThroughputBenchmark {

    private StoreThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("store-benchmark");

        // Warm-up of both paths (JIT, driver), not reported.
        run("warm-up durable", dir, DurableH2Backend::open, documents);
        run("warm-up plain", dir, H2Backend::new, documents);
        for (int round = 1; round <= rounds; round++) {
            report("DurableH2Backend", round, run("durable", dir, DurableH2Backend::open, documents), documents);
            report("plain H2Backend ", round, run("plain", dir, H2Backend::new, documents), documents);
        }
    }

    private static long run(String name, Path dir, Function<String, MongoBackend> backendFactory, int documents)
            throws Exception {
        Path file = dir.resolve(name.replace(' ', '-') + "-" + System.nanoTime() + ".mv");
        MongoServer server = new MongoServer(backendFactory.apply(file.toString()));
        try {
            InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                    .writeConcern(WriteConcern.ACKNOWLEDGED).build())) {
                MongoCollection<Document> docs = client.getDatabase("bench").getCollection("docs");
                docs.insertOne(new Document("_id", -1)); // connect before timing
                long start = System.nanoTime();
                for (int i = 0; i < documents; i++) {
                    docs.insertOne(new Document("_id", i).append("name", "document " + i).append("n", i));
                }
                long elapsed = System.nanoTime() - start;
                System.out.printf("  %-16s file after inserts: %,d bytes%n", name, Files.size(file));
                return elapsed;
            }
        } finally {
            server.shutdown();
        }
    }

    private static void report(String name, int round, long nanos, int documents) {
        System.out.printf("%s round %d: %,d docs in %,d ms = %,.0f docs/s%n", name, round, documents,
                nanos / 1_000_000, documents / (nanos / 1e9));
    }
}
