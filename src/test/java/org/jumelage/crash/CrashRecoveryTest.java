package org.jumelage.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.bson.Document;
import org.jumelage.firms.Balances;
import org.jumelage.firms.EntryType;
import org.jumelage.firms.LedgerBalances;
import org.jumelage.firms.LedgerMovement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * {@code kill -9} of the whole application (a separate JVM on the durable embedded store) while a
 * matching run is solving and hours are being logged, then a restart on the same data file: the run
 * is marked interrupted and a new run can be started and completes; sending the same hours commands
 * again with the same idempotency keys adds no duplicate line, the lines' positions stay unique and
 * contiguous, and the balances replayed from the stored lines agree with them and with the service.
 */
class CrashRecoveryTest {

    private static final int HOURS = 250;
    /** The kill lands after this many acknowledged lines, well before the end. */
    private static final int KILL_AFTER = 40;
    private static final int SIGKILL_EXIT = 128 + 9;
    private static final int MAILS = 5;

    @TempDir
    Path dir;

    private final List<Child> children = new ArrayList<>();
    private static Level driverLogLevel;

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

    @AfterEach
    void killChildren() {
        children.forEach(c -> c.process.destroyForcibly());
    }

    @Test
    void kill_dash_nine_during_a_matching_run_and_hours_logging_loses_nothing_and_doubles_nothing()
            throws Exception {
        Path file = dir.resolve("jumelage.mv");
        Path config = Files.createDirectories(dir.resolve("matching-config"));
        // The packaged solver configuration, without the "unimproved" limit: the run solves for its whole budget.
        String solver = new String(CrashRecoveryTest.class.getResourceAsStream("/matching/solverConfig.xml")
                .readAllBytes(), StandardCharsets.UTF_8)
                .replaceAll("<unimprovedSecondsSpentLimit>\\d+</unimprovedSecondsSpentLimit>", "");
        Files.writeString(config.resolve("solverConfig.xml"), solver);

        // First life: killed while the run solves and after KILL_AFTER acknowledged ledger lines.
        Child first = start("work", file, config, String.valueOf(HOURS));
        String[] fixture = first.await("fixture", 420).split(" ");
        String[] run = first.await("run", 60).split(" ");
        String runId = run[0];
        assertThat(run[1]).isEqualTo("RUNNING");
        int acknowledged = 0;
        while (acknowledged < KILL_AFTER) {
            acknowledged = Integer.parseInt(first.await("logged", 60)) + 1;
        }
        first.process.destroyForcibly();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process.exitValue()).as("exit status of a process ended by SIGKILL").isEqualTo(SIGKILL_EXIT);
        acknowledged = first.loggedSoFar();
        assertThat(acknowledged).as("lines acknowledged before the kill").isLessThan(HOURS);

        // Second life on the same file.
        List<String> resume = new ArrayList<>(List.of(String.valueOf(HOURS)));
        resume.addAll(List.of(fixture)); // coordinator, firm member, obligation, project, seat, day
        resume.add(runId);
        Child second = start("resume", file, config, resume.toArray(String[]::new));
        int port = Integer.parseInt(second.await("mongo", 420));
        assertThat(second.await("status", 60)).as("the run the kill cut short").isEqualTo("INTERRUPTED");
        int found = Integer.parseInt(second.await("found", 60));
        // found counts the allocation line too; every acknowledged log line survived the kill.
        assertThat(found - 1).as("logged lines found after the restart").isGreaterThanOrEqualTo(acknowledged)
                .isLessThan(HOURS);
        assertThat(second.await("resent", 120)).isEqualTo(String.valueOf(HOURS));
        String[] newRun = second.await("newrun", 120).split(" ");
        assertThat(newRun[1]).as("a new run after the restart").isEqualTo("COMPLETED");
        String[] served = second.await("balances", 30).split(" ");

        try (MongoClient client = client(port)) {
            MongoDatabase db = client.getDatabase("jumelage");
            Document interrupted = db.getCollection("matching_runs").find(byId(runId)).first();
            assertThat(interrupted.getString("status")).isEqualTo("INTERRUPTED");
            assertThat(interrupted.get("finishedAt")).isNotNull();
            assertThat(db.getCollection("matching_runs").find(byId(newRun[0])).first().getString("status"))
                    .isEqualTo("COMPLETED");

            List<Document> lines = db.getCollection("hours_ledger")
                    .find(Filters.and(Filters.eq("providerKind", "FIRM_OBLIGATION"), Filters.eq("providerId", fixture[2])))
                    .sort(Sorts.ascending("sequence")).into(new ArrayList<>());
            assertThat(lines).hasSize(HOURS + 1);
            Set<String> keys = new HashSet<>();
            List<LedgerMovement> movements = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Document line = lines.get(i);
                assertThat(line.get("sequence", Number.class).longValue()).as("position of line %d", i).isEqualTo(i);
                assertThat(keys.add(line.getString("idempotencyKey"))).as("key %s used once", line.getString("idempotencyKey"))
                        .isTrue();
                movements.add(new LedgerMovement(line.get("_id").toString(), EntryType.valueOf(line.getString("type")),
                        line.getString("projectId"), line.getString("seatId"), line.getInteger("hours"),
                        line.getString("answers"), line.getString("idempotencyKey")));
            }
            for (int i = 0; i < HOURS; i++) {
                assertThat(keys).contains("crash-" + i);
            }
            assertThat(lines.stream().filter(l -> l.getString("type").equals("LOGGED")).count()).isEqualTo(HOURS);

            Balances replayed = LedgerBalances.replay(2_000, movements);
            assertThat(replayed.allocated()).isEqualTo(HOURS);
            assertThat(replayed.logged()).isEqualTo(HOURS);
            assertThat(replayed.remaining()).isEqualTo(2_000 - HOURS);
            assertThat(served).containsExactly(String.valueOf(replayed.allocated()), String.valueOf(replayed.logged()),
                    String.valueOf(replayed.remaining()));
        }
        second.stop();
    }

    /**
     * {@code kill -9} while the outbox sender is in the middle of a delivery: it holds the sender's
     * lock and has claimed the oldest message, and hangs on an SMTP server that never answers. After
     * the restart, with a working server, every queued mail arrives within 30 s (the dead process's
     * lock and claim end within one short lease, not minutes later), and each exactly once.
     */
    @Test
    void mail_flows_again_soon_after_a_restart_following_kill_dash_nine_during_a_delivery_and_none_twice()
            throws Exception {
        Path file = dir.resolve("mail.mv");
        Path config = Files.createDirectories(dir.resolve("mail-config"));
        Files.write(config.resolve("solverConfig.xml"),
                CrashRecoveryTest.class.getResourceAsStream("/matching/solverConfig.xml").readAllBytes());
        Set<String> queued;
        try (ServerSocket tarpit = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Child first = start("mail", file, config, Map.of("jumelage.mail.host", "127.0.0.1",
                    "jumelage.mail.port", String.valueOf(tarpit.getLocalPort()),
                    "jumelage.mail.poll-interval", "PT1S"), String.valueOf(MAILS));
            queued = Set.of(first.await("queued", 420).split(" "));
            assertThat(queued).hasSize(MAILS);
            tarpit.setSoTimeout(60_000);
            try (Socket hanging = tarpit.accept()) {
                // The sender has claimed a message and holds the lock while it waits for a greeting.
                first.process.destroyForcibly();
                assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
        }

        int smtpPort;
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Child second = start("mailresume", file, config, Map.of("jumelage.mail.host", "127.0.0.1",
                    "jumelage.mail.port", String.valueOf(smtpPort), "jumelage.mail.poll-interval", "PT1S"));
            second.await("mongo", 420);
            await("all queued mails delivered").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> smtp.getReceivedMessages().length >= MAILS);
            // Deliberately wait a little longer, with nothing to wait for: a duplicate would arrive now.
            Thread.sleep(2_000);
            List<String> received = new ArrayList<>();
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                received.add(mail.getHeader("X-Jumelage-Outbox-Id")[0]);
            }
            assertThat(received).as("outbox ids received").hasSize(MAILS).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(queued);
            second.stop();
        } finally {
            smtp.stop();
        }
    }

    /** Spring Data stores a String id that looks like an ObjectId as an ObjectId. */
    private static org.bson.conversions.Bson byId(String id) {
        return Filters.eq("_id", org.bson.types.ObjectId.isValid(id) ? new org.bson.types.ObjectId(id) : id);
    }

    // --- child processes -------------------------------------------------------------------------

    private Child start(String mode, Path file, Path config, String... own) throws IOException {
        return start(mode, file, config, Map.of(), own);
    }

    /** Starts a child; {@code settings} replace the defaults below (a key given twice would become a list). */
    private Child start(String mode, Path file, Path config, Map<String, String> settings, String... own)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                // DevTools would restart the application in another thread and class loader; read before Spring starts.
                "-Dspring.devtools.restart.enabled=false",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), mode));
        command.addAll(List.of(own));
        Map<String, String> options = new LinkedHashMap<>();
        options.put("MONGODB_URI", "");
        options.put("spring.data.mongodb.uri", "mongodb://127.0.0.1/jumelage");
        options.put("jumelage.embedded-mongo.in-memory", "false");
        options.put("jumelage.embedded-mongo.file", file.toString());
        options.put("jumelage.embedded-mongo.port", "0");
        options.put("server.port", "0");
        options.put("jumelage.demo-data", "false");
        options.put("jumelage.mail.host", "");
        options.put("jumelage.admin-email", "");
        options.put("jumelage.admin-password", "");
        options.put("jumelage.matching.config-dir", config.toString());
        options.put("vaadin.launch-browser", "false");
        options.put("spring.devtools.restart.enabled", "false");
        options.put("logging.level.root", "WARN");
        options.putAll(settings);
        options.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = dir.resolve(mode + "-" + children.size() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Child child = new Child(process, log);
        children.add(child);
        return child;
    }

    private static MongoClient client(int port) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port
                        + "/?retryWrites=false&retryReads=false&serverSelectionTimeoutMS=5000"))
                .build());
    }

    /** A child JVM: its marked stdout lines in a queue, everything it prints in a log file. */
    private static final class Child {
        final Process process;
        final Path log;
        final BlockingQueue<String> marks = new LinkedBlockingQueue<>();
        volatile int lastLogged = -1;
        final java.util.concurrent.CountDownLatch drained = new java.util.concurrent.CountDownLatch(1);

        Child(Process process, Path log) {
            this.process = process;
            this.log = log;
            Thread reader = new Thread(this::drain, "crash-child-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        private void drain() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = in.readLine()) != null) {
                    copy.println(line);
                    copy.flush();
                    if (line.startsWith(CrashChild.MARK)) {
                        String mark = line.substring(CrashChild.MARK.length());
                        if (mark.startsWith("logged ")) {
                            lastLogged = Integer.parseInt(mark.substring("logged ".length()));
                        }
                        marks.add(mark);
                    }
                }
            } catch (IOException ignored) {
                // the process is gone
            } finally {
                drained.countDown();
            }
        }

        /** How many ledger lines the child reported as acknowledged, once all it printed is read. */
        int loggedSoFar() throws InterruptedException {
            drained.await(30, TimeUnit.SECONDS);
            return lastLogged + 1;
        }

        /** Waits for the next mark of this kind and returns what follows its name. */
        String await(String name, int seconds) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                String mark = marks.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (mark == null) {
                    throw new AssertionError("no '" + name + "' from the child within " + seconds + " s (alive: "
                            + process.isAlive() + "); its output:\n" + tail());
                }
                if (mark.startsWith(name + " ") || mark.equals(name)) {
                    return mark.substring(name.length()).trim();
                }
            }
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }

        void stop() throws InterruptedException {
            try {
                process.getOutputStream().close();
            } catch (IOException ignored) {
                // already gone
            }
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
