package city.gridline.systemtests;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP to the shared stack's services, as their clients call them; any failure to connect fails the test. */
final class StackClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final SharedStack stack;

    StackClient(SharedStack stack) {
        this.stack = stack;
    }

    /** GETs JSON and expects 200. */
    JsonNode get(String module, String path, String... headers) {
        HttpResponse<String> response = send(request(module, path, headers).GET().build());
        assertThat(response.statusCode()).as(module + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** POSTs a JSON body and expects {@code status}; answers the body read as JSON. */
    JsonNode postJson(String module, String path, String body, int status, String... headers) {
        return expect(status, module + path, send(request(module, path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    /** PUTs a JSON body and expects a 2xx. */
    JsonNode putJson(String module, String path, String body, String... headers) {
        HttpResponse<String> response = send(request(module, path, headers)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode() / 100).as(module + path + ": " + response.body()).isEqualTo(2);
        return JSON.readTree(response.body());
    }

    /** POSTs a body of the given media type and expects {@code status}. */
    JsonNode post(String module, String path, String contentType, byte[] body, int status, String... headers) {
        return expect(status, module + path, send(request(module, path, headers)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build()));
    }

    URI uri(String module, String path) {
        return stack.uri(module, path);
    }

    /** A request with the given headers, as the stack's operator unless they name another caller. */
    private HttpRequest.Builder request(String module, String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(stack.uri(module, path)).timeout(Duration.ofSeconds(30));
        boolean namesCaller = false;
        for (int i = 0; i < headers.length; i += 2) {
            namesCaller |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (!namesCaller) {
            builder.header("Authorization", SharedStack.operatorAuthorization());
        }
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private static JsonNode expect(int status, String where, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(where + ": " + response.body()).isEqualTo(status);
        return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
    }

    /** The response, or empty when the server could not be reached. */
    static Optional<HttpResponse<String>> sendQuietly(HttpRequest request) {
        try {
            return Optional.of(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException unreachable) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
