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

/** An SMS gateway on loopback that the tests control: it records every request and answers with the status set. */
public final class FakeSmsGateway {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 202;
    private volatile String body = "{}";

    FakeSmsGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/sms", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    public URI url() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/sms");
    }

    /** From now on, every request gets this status, with an empty JSON object. */
    public void answer(int status) {
        answer(status, "{}");
    }

    /** From now on, every request gets this status and body. */
    public void answer(int status, String body) {
        this.body = body;
        this.status = status;
    }

    /** The request bodies received (JSON), oldest first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The request bodies that carry the notification id as their reference. */
    public List<String> requestsFor(String notificationId) {
        return requests.stream().filter(body -> body.contains("\"reference\":\"" + notificationId + "\"")).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }
}
