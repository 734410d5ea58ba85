package city.gridline.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A webhook receiver on loopback: it records each request's body and signature header and answers 204. */
public final class FakeWebhookReceiver {

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    FakeWebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    public URI url() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/hook");
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Gridline-Signature")));
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** One request: its exact body bytes and its signature header. */
    public record Received(byte[] body, String signature) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
