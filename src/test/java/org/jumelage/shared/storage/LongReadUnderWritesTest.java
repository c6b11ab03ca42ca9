package org.jumelage.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import de.bwaldvogel.mongo.MongoServer;

/**
 * A long read on the durable store while other clients' writes are committed. mongo-java-server runs
 * a query or an aggregation inside one message, walking the collection's map as it was when the read
 * began; meanwhile every write message of another client commits a new version. Before
 * {@link DurableH2Backend#keepingVersion} guarded each message, the store (retention time 0, no old
 * versions kept) dropped the chunks such a read still had to visit, and a dashboard over many
 * documents failed with "Chunk ... not found".
 * <p>
 * The read is driven here step by step over the collection's map, exactly as the server's stream
 * walks it, so the interleaving does not depend on thread timing: a few documents, then whole-
 * collection updates committed by a client over the wire, then the rest. The page cache is far
 * smaller than the data, so the read really goes back to the file.
 */
class LongReadUnderWritesTest {

    private static final int DOCUMENTS = 6_000;
    private static final String PADDING = "x".repeat(400);
    private static final int CACHE_MB = 1;
    private static final String COLLECTION = "longReads";

    @TempDir
    Path dir;

    private static Level driverLogLevel;
    private DurableH2Backend backend;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> docs;
    private Path file;

    @BeforeAll
    static void quietDriver() {
        Logger driver = (Logger) LoggerFactory.getLogger("org.mongodb.driver");
        driverLogLevel = driver.getLevel();
        driver.setLevel(Level.WARN);
    }

    @AfterAll
    static void restoreDriverLogging() {
        ((Logger) LoggerFactory.getLogger("org.mongodb.driver")).setLevel(driverLogLevel);
    }

    @BeforeEach
    void storeWithManyDocuments() {
        file = dir.resolve("long-reads.mv");
        backend = DurableH2Backend.open(file.toString(), CACHE_MB);
        server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()
                        + "/?retryWrites=false&retryReads=false&serverSelectionTimeoutMS=3000"))
                .build());
        docs = client.getDatabase("jumelage").getCollection(COLLECTION);
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            batch.add(new Document("_id", i).append("round", 0).append("pad", PADDING + i));
            if (batch.size() == 1_000) {
                docs.insertMany(batch);
                batch.clear();
            }
        }
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdown();
    }

    @Test
    void a_read_that_spans_commits_finds_every_document_of_its_version() {
        int read = backend.keepingVersion(() -> readAcrossCommits(collectionMap()));

        assertThat(read).isEqualTo(DOCUMENTS);
        assertThat(docs.countDocuments(Filters.eq("round", 3))).isEqualTo(DOCUMENTS);
    }

    @Test
    void without_the_kept_version_the_same_read_loses_its_chunks() {
        // The failure the guard prevents, shown on the same store: it proves the scenario reaches the file.
        MVMap<Object, ?> map = collectionMap();
        assertThatThrownBy(() -> readAcrossCommits(map)).isInstanceOf(MVStoreException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void once_reads_end_the_chunks_are_reused_and_the_file_stays_bounded() throws Exception {
        backend.keepingVersion(() -> readAcrossCommits(collectionMap()));
        long afterRead = Files.size(file);
        // 1,500 more commits of one document each, after the long read: kept chunks are reused.
        for (int i = 0; i < 1_500; i++) {
            docs.updateOne(Filters.eq("_id", i % DOCUMENTS), Updates.set("pad", PADDING + "later" + i));
        }
        long atEnd = Files.size(file);
        System.out.printf("Durable store: %,d B after the long read, %,d B after 1,500 more commits%n", afterRead,
                atEnd);
        // With the default retention (45 s) each of those commits would keep its chunk (tens of kB each).
        assertThat(atEnd).as("file after the long read (%,d B) and 1,500 single commits", afterRead)
                .isLessThan(Math.max(afterRead * 2, 16L * 1024 * 1024));
    }

    /**
     * Reads ten documents, lets a client rewrite the whole collection three times over the wire (each
     * message committed), drops what no kept version needs, then reads on. Returns how many documents were read, each as it was when the read began.
     */
    private int readAcrossCommits(MVMap<Object, ?> map) {
        Iterator<?> values = map.values().iterator();
        int read = 0;
        for (; read < 10; read++) {
            assertRoundZero(values.next());
        }
        for (int round = 1; round <= 3; round++) {
            docs.updateMany(new Document(), Updates.combine(Updates.set("round", round),
                    Updates.set("pad", PADDING + "round " + round)));
        }
        // The store's background writer drops unused chunks about once a second; rather than wait for
        // it (and guess how long is long enough on a busy machine), take the same step now. It keeps
        // every chunk a registered version still needs, as the background writer does.
        backend.getMvStore().getFileStore().dropUnusedChunks();
        while (values.hasNext()) {
            assertRoundZero(values.next());
            read++;
        }
        return read;
    }

    private static void assertRoundZero(Object value) {
        assertThat(((de.bwaldvogel.mongo.bson.Document) value).get("round")).isEqualTo(0);
    }

    @SuppressWarnings("unchecked")
    private MVMap<Object, ?> collectionMap() {
        String name = backend.getMvStore().getMapNames().stream()
                .filter(n -> n.startsWith("databases.") && n.endsWith("." + COLLECTION))
                .findFirst().orElseThrow(() -> new AssertionError("maps: " + backend.getMvStore().getMapNames()));
        return (MVMap<Object, ?>) backend.getMvStore().openMap(name);
    }
}
