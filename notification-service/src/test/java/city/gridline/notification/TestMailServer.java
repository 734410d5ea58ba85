package city.gridline.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * GreenMail's SMTP server on a fixed free port, so that it can be stopped (the mail server is down: connections are
 * refused) and started again where the service's mail sender expects it.
 */
public final class TestMailServer {

    private final int port;
    private GreenMail greenMail;

    private TestMailServer(int port) {
        this.port = port;
    }

    public static TestMailServer started() {
        TestMailServer server = new TestMailServer(freePort());
        server.start();
        return server;
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public synchronized void stop() {
        greenMail.stop();
    }

    /** Every message received since the server last started, oldest first. */
    public synchronized List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
