package city.gridline.systemtests;

import city.gridline.localstack.GridlineServices;
import city.gridline.localstack.StackLayout;
import city.gridline.testkit.GridlineInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline across all four services, each started from its executable jar as its own process, against
 * one real broker and one MongoDB server: a hotline report travels intake → grid → dispatch → notification.
 */
class PipelineIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static GridlineServices services;
    private static Map<String, Integer> ports;

    @BeforeAll
    static void startServices() {
        GridlineInfrastructure infrastructure = GridlineInfrastructure.shared();
        StackLayout layout = new StackLayout(Path.of("target", "system-it"));
        layout.createDirectories();
        Path jars = Path.of(System.getProperty("gridline.services.dir", "target/services"));
        ports = new HashMap<>();
        GridlineServices.MODULES.forEach(module -> ports.put(module, freePort()));
        services = GridlineServices.start(layout, module -> jars.resolve(module + ".jar"), ports,
                infrastructure.kafkaBootstrapServers(), infrastructure.mongoUri());
        services.awaitReady(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.stop();
        }
    }

    @Test
    void reportInsideTheDistrictIsDispatchedToTheTeamOfItsCell() {
        String ticket = "12319-" + UUID.randomUUID();
        String reportId = submit("""
                {"channel": "12319", "sourceTicketId": "%s", "categoryCode": "0101", "description": "井盖破损",
                 "location": {"lon": 116.455, "lat": 39.937, "crs": "GCJ02"}, "address": "朝阳区工人体育场北路",
                 "reporter": {"name": "张三", "phone": "13812345678"}}""".formatted(ticket));

        JsonNode report = awaitReport(reportId, "DISPATCHED");

        assertThat(report.path("caseNumber").asString()).matches("[0-9]{6}-[0-9]{5,}");
        assertThat(report.path("cell").path("code").asString()).matches("110105[0-9]{9}");
        assertThat(report.path("cell").path("district").asString()).isEqualTo("朝阳区");
        assertThat(report.path("cell").path("street").asString()).isNotBlank();
        assertThat(report.path("team").path("name").asString()).endsWith("综合执法组");

        String caseNumber = report.path("caseNumber").asString();
        JsonNode dispatchedCase = get("dispatch-service", "/api/v1/cases/" + caseNumber);
        assertThat(dispatchedCase.path("reportId").asString()).isEqualTo(reportId);
        assertThat(dispatchedCase.path("team").path("id").asString()).isEqualTo(report.path("team").path("id").asString());

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode timeline = get("notification-service", "/api/v1/cases/" + caseNumber + "/timeline");
            assertThat(timeline.path("entries")).extracting(entry -> entry.path("type").asString())
                    .containsExactly("gridline.case.opened.v1", "gridline.case.dispatched.v1");
        });
    }

    @Test
    void reportOutsideTheDistrictIsUnlocatableWithTheReason() {
        String reportId = submit("""
                {"channel": "12345", "sourceTicketId": "12345-%s", "categoryCode": "0101",
                 "location": {"lon": 116.30, "lat": 39.99, "crs": "GCJ02"}}""".formatted(UUID.randomUUID()));

        JsonNode report = awaitReport(reportId, "UNLOCATABLE");

        assertThat(report.path("reason").asString()).contains("outside");
        assertThat(report.path("caseNumber").isMissingNode() || report.path("caseNumber").isNull()).isTrue();
    }

    private static String submit(String body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("intake-service", "/api/v1/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).path("reportId").asString();
    }

    private static JsonNode awaitReport(String reportId, String status) {
        await().atMost(WAIT).until(() -> get("intake-service", "/api/v1/reports/" + reportId)
                .path("status").asString().equals(status));
        return get("intake-service", "/api/v1/reports/" + reportId);
    }

    private static JsonNode get(String module, String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(module, path)).GET().build());
        assertThat(response.statusCode()).as(module + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static URI uri(String module, String path) {
        return URI.create("http://localhost:" + ports.get(module) + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
