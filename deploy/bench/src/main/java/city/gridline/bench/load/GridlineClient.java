package city.gridline.bench.load;

import city.gridline.localstack.GridlineStack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Every HTTP request the load benchmark makes goes through here, so that a credential the services come to require
 * is added in one place: {@code X-Api-Key} ({@code --api-key}, {@code GRIDLINE_API_KEY}, else the local stack's
 * development key of a hotline system).
 * HTTP/1.1: the JDK client opens another connection whenever every open one is busy, so concurrent requests each
 * have their own.
 */
final class GridlineClient {

    static final String API_KEY_HEADER = "X-Api-Key";
    static final String API_KEY_VARIABLE = "GRIDLINE_API_KEY";

    private final HttpClient http;
    private final URI base;
    private final Optional<String> apiKey;
    private final Duration timeout;

    GridlineClient(URI base, Optional<String> apiKey, Duration timeout, Executor executor) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.base = base;
        this.apiKey = apiKey.filter(key -> !key.isBlank());
        this.timeout = timeout;
    }

    /**
     * The key given on the command line, else the environment's, else the local stack's development key of a
     * hotline system (the stack the benchmark starts knows it).
     */
    static Optional<String> apiKey(String option) {
        return Optional.ofNullable(option).or(() -> Optional.ofNullable(System.getenv(API_KEY_VARIABLE)))
                .or(() -> Optional.of(GridlineStack.DEV_HOTLINE_KEY));
    }

    CompletableFuture<HttpResponse<String>> postJson(String path, String json) {
        return http.sendAsync(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** True when GET {@code path} answers 200 (a readiness probe); false on any other answer or no answer. */
    boolean answersOk(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        apiKey.ifPresent(key -> builder.header(API_KEY_HEADER, key));
        return builder;
    }
}
