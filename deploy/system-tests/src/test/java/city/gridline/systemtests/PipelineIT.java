package city.gridline.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline across all four services, each started from its executable jar as its own process, against
 * one real broker and one MongoDB server (the {@link SharedStack}): a hotline report travels intake → grid →
 * dispatch → notification.
 */
class PipelineIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final SharedStack STACK = new SharedStack();
    private final StackClient client = new StackClient(STACK);

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

    private String submit(String body) {
        return client.postJson("intake-service", "/api/v1/reports", body, 202).path("reportId").asString();
    }

    private JsonNode awaitReport(String reportId, String status) {
        await().atMost(WAIT).until(() -> get("intake-service", "/api/v1/reports/" + reportId)
                .path("status").asString().equals(status));
        return get("intake-service", "/api/v1/reports/" + reportId);
    }

    private JsonNode get(String module, String path) {
        return client.get(module, path);
    }
}
