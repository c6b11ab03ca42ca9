package org.jumelage.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import de.bwaldvogel.mongo.MongoServer;

/**
 * A child process for {@link CrashDurabilityTest}: serves {@link DurableH2Backend} over the file named
 * by the first argument on a free loopback port, prints {@code PORT=<port>} on stdout, and runs until
 * it is killed or its stdin closes (so it never outlives the test JVM).
 */
public final class EmbeddedStoreProcess {

    public static final String PORT_PREFIX = "PORT=";

    private EmbeddedStoreProcess() {
    }

    public static void main(String[] args) throws IOException {
        // Logback's default is DEBUG on the console; keep stdout for the port line.
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);

        MongoServer server = new MongoServer(DurableH2Backend.open(args[0]));
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        System.out.println(PORT_PREFIX + server.getLocalAddress().getPort());
        System.out.flush();

        InputStream in = System.in;
        while (in.read() != -1) {
            // wait for the parent to close stdin
        }
        server.shutdown();
    }
}
