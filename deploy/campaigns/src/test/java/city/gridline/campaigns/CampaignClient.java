package city.gridline.campaigns;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Sends the campaign's requests byte for byte as built (HTTP/1.1), reads at most {@link #MAX_BODY} of an answer and
 * never waits on an event stream past its headers.
 */
final class CampaignClient {

    /** Enough for a refusal that lists thousands of problems (a layer or zone import names every one). */
    private static final int MAX_BODY = 4 * 1024 * 1024;
    /** Headers the JDK client will not send as given; a request that needs them is sent without. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BiFunction<String, String, URI> uris;

    CampaignClient(BiFunction<String, String, URI> uris) {
        this.uris = uris;
    }

    Answer send(BadRequest request) {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uris.apply(request.service(), request.path()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), body);
        request.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase())) {
                builder.header(name, value);
            }
        });
        try {
            HttpResponse<InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            try (InputStream in = response.body()) {
                byte[] read = contentType != null && contentType.startsWith("text/event-stream") ? new byte[0]
                        : in.readNBytes(MAX_BODY);
                return new Answer(response.statusCode(), contentType, read);
            }
        } catch (IOException e) {
            // A server that closes the connection on a request instead of answering it refused nothing cleanly.
            return new Answer(-1, null, ("no answer: " + e).getBytes());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
