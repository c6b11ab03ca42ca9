package org.jumelage.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on a free loopback port. Tests that stop
 * it must start it again (see {@link #restart()}).
 */
public final class TestMailServer {

    public static final int PORT = freePort();
    private static GreenMail greenMail = start();

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        return greenMail;
    }

    public static synchronized void stop() {
        greenMail.stop();
    }

    public static synchronized void restart() {
        greenMail.stop();
        greenMail = start();
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
