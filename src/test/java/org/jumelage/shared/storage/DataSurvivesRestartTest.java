package org.jumelage.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.jumelage.JumelageApplication;
import org.jumelage.accounts.internal.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The whole application against its embedded file store: what it saved is there after a restart,
 * demo accounts follow {@code jumelage.demo-data}, a taken port is reported by the property that
 * fixes it, and with {@code MONGODB_URI} no embedded server starts at all.
 */
class DataSurvivesRestartTest {

    private static final String PROBE_COLLECTION = "restartProbe";

    @TempDir
    Path dir;

    @Test
    void savedDocumentAndDemoAccountsSurviveRestartWithoutDuplicates() {
        String file = "--jumelage.embedded-mongo.file=" + dir.resolve("jumelage.mv");

        try (ConfigurableApplicationContext first = startEmbedded(file, "--jumelage.demo-data=auto")) {
            MongoTemplate mongo = first.getBean(MongoTemplate.class);
            assertEachDemoAccountExistsOnce(mongo);
            mongo.save(new Document("_id", "probe").append("note", "written before the restart"), PROBE_COLLECTION);
        }

        try (ConfigurableApplicationContext second = startEmbedded(file, "--jumelage.demo-data=auto")) {
            MongoTemplate mongo = second.getBean(MongoTemplate.class);
            Document probe = mongo.findById("probe", Document.class, PROBE_COLLECTION);
            assertThat(probe).isNotNull();
            assertThat(probe.getString("note")).isEqualTo("written before the restart");
            assertEachDemoAccountExistsOnce(mongo);
        }
    }

    @Test
    void noDemoAccountsOnAnEmptyStoreWhenDemoDataIsFalse() {
        try (ConfigurableApplicationContext context = startEmbedded(
                "--jumelage.embedded-mongo.file=" + dir.resolve("jumelage.mv"), "--jumelage.demo-data=false")) {
            assertThat(context.getBean(MongoTemplate.class).count(new Query(), "users")).isZero();
        }
    }

    @Test
    void takenEmbeddedPortFailsStartupNamingThePropertyToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> start(
                    "--jumelage.embedded-mongo.file=" + dir.resolve("jumelage.mv"),
                    "--jumelage.embedded-mongo.port=" + port,
                    "--MONGODB_URI=",
                    "--spring.data.mongodb.uri=mongodb://127.0.0.1/jumelage",
                    "--jumelage.demo-data=false").close())
                    .satisfies(failure -> assertThat(messagesOf(failure))
                            .anyMatch(message -> message.contains("jumelage.embedded-mongo.port")
                                    && message.contains(String.valueOf(port))));
        }
    }

    @Test
    void withMongodbUriNoEmbeddedServerStartsAndDataGoesToThatServer() {
        MongoServer external = new MongoServer(new MemoryBackend());
        try {
            InetSocketAddress address = external.bind();
            String uri = "mongodb://127.0.0.1:" + address.getPort() + "/jumelage";

            try (ConfigurableApplicationContext context = start("--MONGODB_URI=" + uri,
                    "--jumelage.demo-data=auto",
                    // would be used (and would fail or fill a file) if an embedded server started
                    "--jumelage.embedded-mongo.file=" + dir.resolve("must-not-exist.mv"))) {
                assertThat(context.getBeansOfType(MongoServer.class)).isEmpty();
                context.getBean(MongoTemplate.class)
                        .save(new Document("_id", "probe").append("note", "sent to MONGODB_URI"), PROBE_COLLECTION);
            }

            try (MongoClient client = MongoClients.create(uri)) {
                Document probe = client.getDatabase("jumelage").getCollection(PROBE_COLLECTION)
                        .find(new Document("_id", "probe")).first();
                assertThat(probe).isNotNull();
                assertThat(probe.getString("note")).isEqualTo("sent to MONGODB_URI");
                // "auto" demo data is for the embedded store only, even when the external one is empty.
                assertThat(client.getDatabase("jumelage").getCollection("users").countDocuments()).isZero();
            }
            assertThat(dir.resolve("must-not-exist.mv")).doesNotExist();
        } finally {
            external.shutdownNow();
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private static void assertEachDemoAccountExistsOnce(MongoTemplate mongo) {
        assertThat(DemoAccounts.ACCOUNTS).hasSize(5);
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ACCOUNTS) {
            long count = mongo.count(Query.query(Criteria.where("emailKey").is(demo.email().toLowerCase())), "users");
            assertThat(count).as("accounts with e-mail %s", demo.email()).isEqualTo(1);
        }
        // Other features add demo accounts of their own (volunteers); none may be created twice.
        List<String> addresses = mongo.getCollection("users").distinct("emailKey", String.class).into(new ArrayList<>());
        assertThat(addresses).hasSize((int) mongo.count(new Query(), "users"));
    }

    /** The application on the embedded file store, on free ports, whatever the environment says. */
    private static ConfigurableApplicationContext startEmbedded(String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--MONGODB_URI=",
                // the embedded server's own address replaces this host
                "--spring.data.mongodb.uri=mongodb://127.0.0.1/jumelage",
                "--jumelage.embedded-mongo.port=0"));
        all.addAll(List.of(args));
        return start(all.toArray(String[]::new));
    }

    /**
     * Command-line arguments, unlike {@code SpringApplicationBuilder.properties(..)}, override
     * application.properties (which sets e.g. {@code jumelage.demo-data} from the environment).
     */
    private static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--jumelage.embedded-mongo.in-memory=false",
                "--jumelage.mail.host=",
                "--jumelage.admin-email=",
                "--jumelage.admin-password=",
                "--vaadin.launch-browser=false",
                "--spring.devtools.restart.enabled=false",
                "--spring.devtools.livereload.enabled=false"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(JumelageApplication.class).run(all.toArray(String[]::new));
    }

    private static List<String> messagesOf(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }
}
