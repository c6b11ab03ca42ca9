package org.jumelage.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * Load benchmark, not a test: N concurrent user sessions against the running application, each with
 * its own cookie jar (so its own HTTP and Vaadin session), speaking Vaadin's client protocol over HTTP
 * ({@link UidlClient}) instead of driving a browser. Not run by {@code mvn verify} (the name ends in
 * "Benchmark"); run it with {@code mvn -Pbenchmark test -Dtest=LoadBenchmark} and see
 * {@code docs/performance.md}, section "Load".
 *
 * <p>For each N of {@code load.sessions} it starts the application in a JVM of its own with
 * {@code -Xmx1g} ({@link LoadServer}: embedded in-memory store, 10,000 projects, N/2 OSBL members with
 * their organisation and N/2 volunteers with allocated hours), waits until it is filled, measures the
 * heap after a full GC, signs the N sessions in (spread over {@code load.rampSeconds}), lets each open
 * the catalogue and its work page (the project editor for an OSBL member, the volunteer page with its
 * hours form for a volunteer), measures the heap again with every session open and idle, then lets
 * every session act for {@code load.durationSeconds}, with a think time between actions drawn
 * uniformly between half and one and a half times {@code load.thinkMillis}:
 * <ul>
 * <li>catalogue search: types a keyword in the search field (the server counts and sends the first
 * page of matches);</li>
 * <li>catalogue next page: asks the grid for rows 50–99, as scrolling does;</li>
 * <li>catalogue open: loads the catalogue page again (a new UI; the old one is unloaded);</li>
 * <li>an OSBL member posts a project: opens the editor, fills title, summary, problem and outcome,
 * and clicks "save draft" (a new draft project is stored);</li>
 * <li>a volunteer logs hours: fills day, hours and description and clicks "log" (a ledger line).</li>
 * </ul>
 * A session whose catalogue or work page fails to open while signing in stops there (it stays signed
 * in: the server keeps its HTTP session). The confirmations of grid and combo box data updates that a
 * browser sends right after an answer are sent too, outside the timed actions.
 * Each action's time is the time from sending its request(s) to having read the whole answer(s); an
 * action is an error when a request fails, answers a status other than 200, a Vaadin error or session
 * expiry, or when the page does not show the expected result. The heap at the end is measured again.
 * The report is printed and written to {@code target/benchmark/load-N.txt}.
 */
class LoadBenchmark {

    static final String[] KEYWORDS = {"education", "donnees", "site web", "benevoles", "tableau de bord", "aines",
            "formation", "rapports", "application mobile", "loi 25"};

    @Test
    void concurrentSessions() throws Exception {
        int[] sessions = Arrays.stream(System.getProperty("load.sessions", "50").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
        for (int n : sessions) {
            Run run = new Run(n);
            String report = run.execute();
            System.out.println(report);
            Path out = Path.of("target", "benchmark", "load-" + n + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            assertThat(run.completedSessions.get()).as("sessions that signed in and opened their pages")
                    .isPositive();
        }
    }

    /** One run with N sessions against a freshly started application. */
    static final class Run {

        final int n;
        final int httpPort = Integer.getInteger("load.httpPort", 8282);
        final int mongoPort = Integer.getInteger("load.mongoPort", 27218);
        final int projects = Integer.getInteger("load.projects", 10_000);
        final int rampSeconds = Integer.getInteger("load.rampSeconds", 60);
        final int durationSeconds = Integer.getInteger("load.durationSeconds", 180);
        final int thinkMillis = Integer.getInteger("load.thinkMillis", 10_000);
        final String heapOption = System.getProperty("load.heap", "1g");
        /** Drive an application already started with {@link LoadServer} (same counts) instead of starting one. */
        final boolean attach = Boolean.getBoolean("load.attach");

        final Map<String, ConcurrentLinkedQueue<Double>> times = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        final Map<String, String> firstError = new ConcurrentHashMap<>();
        final AtomicInteger completedSessions = new AtomicInteger();
        final AtomicLong loadSamples = new AtomicLong();
        final List<Double> loadAverages = new ArrayList<>();

        private Process server;
        private PrintWriter serverIn;
        private final BlockingQueue<String> serverLines = new LinkedBlockingQueue<>();

        Run(int n) {
            this.n = n;
        }

        String execute() throws Exception {
            List<String[]> accounts = startServer();
            try {
                long[] baseline = heap();
                CountDownLatch ready = new CountDownLatch(accounts.size());
                CountDownLatch go = new CountDownLatch(1);
                long[] endAt = new long[1];
                List<Thread> threads = new ArrayList<>();
                long rampStart = System.nanoTime();
                for (int i = 0; i < accounts.size(); i++) {
                    String[] account = accounts.get(i);
                    long delayMillis = (long) i * rampSeconds * 1000L / accounts.size();
                    Thread t = new Thread(() -> user(account[0], account[1], delayMillis, ready, go, endAt),
                            "load-session-" + i);
                    t.setDaemon(true);
                    threads.add(t);
                    t.start();
                }
                if (!ready.await(rampSeconds + 900L, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("sessions did not finish signing in within the ramp time + 15 min");
                }
                double rampActual = (System.nanoTime() - rampStart) / 1e9;
                long[] open = heap();
                sampleLoad();
                endAt[0] = System.nanoTime() + durationSeconds * 1_000_000_000L;
                go.countDown();
                Thread sampler = new Thread(() -> {
                    while (System.nanoTime() < endAt[0]) {
                        sleep(10_000);
                        sampleLoad();
                    }
                });
                sampler.setDaemon(true);
                sampler.start();
                for (Thread t : threads) {
                    t.join(TimeUnit.SECONDS.toMillis(durationSeconds + 300L));
                }
                long[] after = heap();
                return report(accounts.size(), rampActual, baseline, open, after);
            } finally {
                stopServer();
            }
        }

        // --- one simulated person -----------------------------------------------------------------

        private void user(String kind, String email, long delayMillis, CountDownLatch ready, CountDownLatch go,
                long[] endAt) {
            boolean osbl = kind.equals("OSBL");
            UidlClient client = new UidlClient("http://127.0.0.1:" + httpPort);
            UidlClient.Ui catalogue = null;
            UidlClient.Ui work = null;
            try {
                sleep(delayMillis);
                try {
                    Boolean signedIn = timed("sign-in (login form POST)", () -> client.signIn(email, LoadServer.PASSWORD));
                    if (!Boolean.TRUE.equals(signedIn)) {
                        error("sign-in (login form POST)", "refused for " + email);
                        return;
                    }
                    catalogue = timed("catalogue: open page", () -> openCatalogue(client));
                    confirm(catalogue);
                    work = osbl ? timed("project editor: open page", () -> client.open("projects/edit"))
                            : timed("volunteer page: open", () -> client.open("volunteer"));
                    if (catalogue == null || work == null) {
                        return;
                    }
                    confirm(work);
                    completedSessions.incrementAndGet();
                } finally {
                    ready.countDown();
                }
                go.await();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int counter = 0;
                // The keyword in the catalogue's search field: typing the same one again changes nothing,
                // so the server would answer without a new count.
                String lastKeyword = "";
                while (System.nanoTime() < endAt[0]) {
                    sleep((long) (thinkMillis * (0.5 + random.nextDouble())));
                    if (System.nanoTime() >= endAt[0]) {
                        break;
                    }
                    int dice = random.nextInt(100);
                    UidlClient.Ui c = catalogue;
                    UidlClient.Ui w = work;
                    if (dice < 30) {
                        String previous = lastKeyword;
                        List<String> choices = Arrays.stream(KEYWORDS).filter(k -> !k.equals(previous)).toList();
                        String keyword = choices.get(random.nextInt(choices.size()));
                        lastKeyword = keyword;
                        timed("catalogue: search keyword", () -> {
                            c.type("catalogue-keywords", "value", keyword, "value-changed");
                            require(c.lastResponse.contains("projet(s) ouvert(s)"), "no count in the answer");
                            return null;
                        });
                        confirm(c);
                    } else if (dice < 50) {
                        timed("catalogue: next page (rows 50-99)", () -> {
                            c.call("catalogue-grid", "setViewportRange", 50, 50);
                            return null;
                        });
                        confirm(c);
                    } else if (dice < 65) {
                        UidlClient.Ui fresh = timed("catalogue: open page", () -> openCatalogue(client));
                        if (fresh != null) {
                            confirm(fresh);
                            quietly(c::close);
                            catalogue = fresh;
                            lastKeyword = "";
                        }
                    } else if (osbl) {
                        UidlClient.Ui fresh = timed("project editor: open page", () -> client.open("projects/edit"));
                        if (fresh == null) {
                            continue;
                        }
                        confirm(fresh);
                        quietly(w::close);
                        work = fresh;
                        int number = ++counter;
                        UidlClient.Ui e = fresh;
                        Object typed = timed("project: fill 4 fields", () -> {
                            e.send(List.of(syncFor(e, "title", "Projet de charge " + email + " n° " + number),
                                    syncFor(e, "summary", "Un outil simple pour suivre les demandes d’aide."),
                                    syncFor(e, "problem", "Tout se fait à la main dans des tableurs."),
                                    syncFor(e, "expectedOutcome", "Des heures libérées pour les personnes.")));
                            return Boolean.TRUE;
                        });
                        if (typed == null) {
                            continue;
                        }
                        timed("project: save draft", () -> {
                            e.click("save-draft");
                            require(e.lastResponse.contains("Brouillon enregistr"), "no 'draft saved' in the answer");
                            return null;
                        });
                        confirm(e);
                    } else {
                        int number = ++counter;
                        Object typed = timed("hours: fill 3 fields", () -> {
                            w.send(List.of(syncFor(w, "hours-day", LocalDate.now().minusDays(1).toString()),
                                    syncFor(w, "hours-hours", "1"),
                                    syncFor(w, "hours-description", "Séance de travail n° " + number)));
                            return Boolean.TRUE;
                        });
                        if (typed == null) {
                            continue;
                        }
                        timed("hours: log", () -> {
                            w.click("hours-log");
                            require(w.lastResponse.contains("Les heures sont d"), "no 'hours logged' in the answer");
                            return null;
                        });
                        confirm(w);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static UidlClient.Ui openCatalogue(UidlClient client) {
            UidlClient.Ui ui = client.open("catalogue");
            // The grid connector asks for the first page once the grid is shown.
            ui.call("catalogue-grid", "setViewportRange", 0, 50);
            return ui;
        }

        /** The data-update confirmations a browser sends right after an answer; errors are counted apart. */
        private void confirm(UidlClient.Ui ui) {
            if (ui == null) {
                return;
            }
            try {
                ui.flush();
            } catch (RuntimeException e) {
                error("(data update confirmations)", e.toString());
            }
        }

        static com.fasterxml.jackson.databind.node.ObjectNode syncFor(UidlClient.Ui ui, String id, String value) {
            com.fasterxml.jackson.databind.node.ObjectNode sync = new com.fasterxml.jackson.databind.ObjectMapper()
                    .createObjectNode().put("type", "mSync").put("node", ui.node(id)).put("feature", 1)
                    .put("property", "value").put("value", value);
            return sync;
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new UidlClient.ProtocolException(message);
            }
        }

        private static void quietly(Runnable action) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // leaving a page: a lost beacon is not the user's problem
            }
        }

        interface Action<T> {
            T run();
        }

        /** Runs and times an action; null (and one error) when it failed. */
        private <T> T timed(String name, Action<T> action) {
            long start = System.nanoTime();
            try {
                T result = action.run();
                times.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1e6);
                return result == null ? (T) Boolean.TRUE : result;
            } catch (RuntimeException e) {
                error(name, e.toString());
                return null;
            }
        }

        private void error(String name, String message) {
            errors.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            firstError.putIfAbsent(name, UidlClient.abbreviate(message));
        }

        // --- the application's JVM ----------------------------------------------------------------

        private List<String[]> startServer() throws Exception {
            int osbl = (n + 1) / 2;
            if (attach) {
                startInfo = "attached to a running application";
                List<String[]> accounts = new ArrayList<>();
                for (int i = 0; i < osbl || i < n - osbl; i++) {
                    if (i < osbl) {
                        accounts.add(new String[] {"OSBL", String.format(Locale.ROOT, "osbl-%04d@charge.example", i)});
                    }
                    if (i < n - osbl) {
                        accounts.add(new String[] {"VOLUNTEER",
                                String.format(Locale.ROOT, "benevole-%04d@charge.example", i)});
                    }
                }
                return accounts;
            }
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-Xmx" + heapOption, "-Dload.httpPort=" + httpPort,
                    "-Dload.mongoPort=" + mongoPort, "-Dload.projects=" + projects, "-Dload.osblMembers=" + osbl,
                    "-Dload.volunteers=" + (n - osbl), "-cp", classpath, LoadServer.class.getName());
            Path log = Path.of("target", "benchmark", "load-server-" + n + ".log");
            Files.createDirectories(log.getParent());
            server = new ProcessBuilder(command).redirectErrorStream(true).start();
            serverIn = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8);
            Writer logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)); logWriter) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("LOAD-")) {
                            serverLines.add(line);
                        }
                        logWriter.write(line);
                        logWriter.write('\n');
                        logWriter.flush();
                    }
                } catch (IOException e) {
                    // the process ended
                }
                serverLines.add("LOAD-EXIT");
            }, "load-server-output");
            reader.setDaemon(true);
            reader.start();
            System.out.printf("[load] N=%d: starting the application (-Xmx%s, HTTP %d, store %d), filling %,d projects%n",
                    n, heapOption, httpPort, mongoPort, projects);
            String readyLine = next("LOAD-READY", 20 * 60);
            System.out.println("[load] " + readyLine);
            readyLine = readyLine.substring("LOAD-READY ".length());
            startInfo = readyLine;
            List<String[]> accounts = new ArrayList<>();
            while (true) {
                String line = next("LOAD-ACCOUNT", 60);
                if (line.equals("LOAD-ACCOUNTS-END")) {
                    break;
                }
                String[] parts = line.split(" ");
                accounts.add(new String[] {parts[1], parts[2]});
            }
            // Alternate OSBL members and volunteers so that the ramp-up mixes them.
            List<String[]> mixed = new ArrayList<>();
            List<String[]> o = accounts.stream().filter(a -> a[0].equals("OSBL")).toList();
            List<String[]> v = accounts.stream().filter(a -> !a[0].equals("OSBL")).toList();
            for (int i = 0; i < Math.max(o.size(), v.size()); i++) {
                if (i < o.size()) {
                    mixed.add(o.get(i));
                }
                if (i < v.size()) {
                    mixed.add(v.get(i));
                }
            }
            return mixed;
        }

        private String startInfo = "";

        private String next(String prefix, int timeoutSeconds) throws InterruptedException {
            long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                String line = serverLines.poll(1, TimeUnit.SECONDS);
                if (line == null) {
                    continue;
                }
                if (line.equals("LOAD-EXIT")) {
                    throw new IllegalStateException("the application stopped; see target/benchmark/load-server-" + n
                            + ".log");
                }
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new IllegalStateException("no " + prefix + " from the application within " + timeoutSeconds + " s");
        }

        /** {used, committed, max, HTTP sessions} after a full GC in the application's JVM. */
        private long[] heap() throws InterruptedException {
            if (attach) {
                return new long[4];
            }
            serverIn.println("heap");
            String[] parts = next("LOAD-HEAP", 120).split(" ");
            return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]),
                    Long.parseLong(parts[4])};
        }

        private void stopServer() throws InterruptedException {
            if (server == null || attach) {
                return;
            }
            serverIn.println("quit");
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroy();
                if (!server.waitFor(20, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }

        private void sampleLoad() {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            synchronized (loadAverages) {
                loadAverages.add(load);
            }
            loadSamples.incrementAndGet();
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(Math.max(0, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        // --- report --------------------------------------------------------------------------------

        private String report(int accounts, double rampActual, long[] baseline, long[] open, long[] after) {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "%n=== Load benchmark: %d concurrent sessions ===%n", n));
            s.append(machine()).append('\n');
            s.append(String.format(Locale.ROOT, "Application JVM: -Xmx%s; %s%n", heapOption, startInfo));
            s.append(String.format(Locale.ROOT,
                    "Sessions: %d accounts, %d signed in and opened their pages; ramp-up %d s (took %.0f s);"
                            + " then %d s of actions, think time %d–%d ms%n",
                    accounts, completedSessions.get(), rampSeconds, rampActual, durationSeconds, thinkMillis / 2,
                    thinkMillis * 3 / 2));
            double[] loads;
            synchronized (loadAverages) {
                loads = loadAverages.stream().mapToDouble(Double::doubleValue).toArray();
            }
            s.append(String.format(Locale.ROOT, "Load average during the run (1 min, every 10 s): min %.1f, max %.1f%n",
                    Arrays.stream(loads).min().orElse(0), Arrays.stream(loads).max().orElse(0)));
            s.append(String.format(Locale.ROOT,
                    "Heap after full GC: filled, no session %,.1f MB; %d sessions open %,.1f MB (%d HTTP sessions);"
                            + " after the run %,.1f MB (%d HTTP sessions); max %,.0f MB%n",
                    mb(baseline[0]), completedSessions.get(), mb(open[0]), open[3], mb(after[0]), after[3],
                    mb(baseline[2])));
            // Divided by the HTTP sessions the server holds (every signed-in session, whether or not all its
            // pages opened).
            long httpSessions = Math.max(1, open[3]);
            s.append(String.format(Locale.ROOT,
                    "Heap per HTTP session: %,.0f KB with pages open, %,.0f KB after the run (%d HTTP sessions)%n%n",
                    (open[0] - baseline[0]) / 1024.0 / httpSessions, (after[0] - baseline[0]) / 1024.0 / httpSessions,
                    httpSessions));
            String format = "| %-36s | %7s | %6s | %9s | %9s | %9s |%n";
            s.append(String.format(Locale.ROOT, format, "action", "count", "errors", "p50 ms", "p95 ms", "max ms"));
            s.append(String.format(Locale.ROOT, format, "------", "----:", "-----:", "-----:", "-----:", "-----:"));
            Map<String, Object> names = new TreeMap<>();
            times.keySet().forEach(k -> names.put(k, k));
            errors.keySet().forEach(k -> names.put(k, k));
            long total = 0;
            long totalErrors = 0;
            for (String name : names.keySet()) {
                double[] values = times.getOrDefault(name, new ConcurrentLinkedQueue<>()).stream()
                        .mapToDouble(Double::doubleValue).toArray();
                int errorCount = errors.getOrDefault(name, new AtomicInteger()).get();
                total += values.length;
                totalErrors += errorCount;
                s.append(String.format(Locale.ROOT, format, name, values.length, errorCount,
                        ms(values.length == 0 ? 0 : CatalogueBenchmark.percentile(values, 50), values.length),
                        ms(values.length == 0 ? 0 : CatalogueBenchmark.percentile(values, 95), values.length),
                        ms(Arrays.stream(values).max().orElse(0), values.length)));
            }
            s.append(String.format(Locale.ROOT, "%nActions: %,d succeeded, %,d errors%n", total, totalErrors));
            firstError.forEach((k, v) -> s.append("first error of ").append(k).append(": ").append(v).append('\n'));
            return s.toString();
        }

        private static String ms(double value, int count) {
            return count == 0 ? "—" : String.format(Locale.ROOT, value < 100 ? "%.1f" : "%,.0f", value);
        }

        private static double mb(long bytes) {
            return bytes / (1024.0 * 1024.0);
        }

        private static String machine() {
            String cpu = "unknown CPU";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
            var os = ManagementFactory.getOperatingSystemMXBean();
            return String.format(Locale.ROOT, "Machine: %s, %d CPUs, %s %s, Java %s", cpu,
                    Runtime.getRuntime().availableProcessors(), os.getName(), os.getVersion(),
                    System.getProperty("java.version"));
        }
    }
}
