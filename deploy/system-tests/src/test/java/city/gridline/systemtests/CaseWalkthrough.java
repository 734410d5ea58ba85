package city.gridline.systemtests;

import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One dispatched case taken all the way, as the people who work it would: the administrator staffs its team, the
 * officer signs for it, checks in on site, uploads a photo and resolves it, a supervisor verifies it (closed), and
 * the hotline records the citizen's call-back.
 */
final class CaseWalkthrough {

    private static final String DISPATCH = "dispatch-service";
    private static final String NOTIFICATION = "notification-service";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final StackClient client;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private int operations;

    CaseWalkthrough(StackClient client) {
        this.client = client;
    }

    void closeAndCallBack(String caseNumber) {
        JsonNode dispatched = client.get(DISPATCH, "/api/v1/cases/" + caseNumber);
        String officer = member("officer", "王队员", "OFFICER", dispatched.path("team").path("id").asString());
        client.putJson(DISPATCH, "/api/v1/teams/INSP-110105", """
                {"name": "朝阳区督察队", "kind": "INSPECTION", "districtCode": "110105"}""", admin());
        String supervisor = member("supervisor", "赵监督员", "SUPERVISOR", "INSP-110105");

        task(caseNumber, "sign", officer, "{\"clientOperationId\": \"%s\"}".formatted(operation()));
        JsonNode point = dispatched.path("point");
        task(caseNumber, "check-in", officer, String.format(Locale.ROOT,
                "{\"clientOperationId\": \"%s\", \"lon\": %s, \"lat\": %s, \"crs\": \"%s\"}", operation(),
                point.path("lon").asString(), point.path("lat").asString(), point.path("crs").asString()));
        String evidence = uploadPhoto(caseNumber, officer);
        task(caseNumber, "resolve", officer, """
                {"clientOperationId": "%s", "notes": "已更换井盖", "evidenceIds": ["%s"]}""".formatted(operation(),
                evidence));
        JsonNode verified = task(caseNumber, "verify", supervisor, """
                {"clientOperationId": "%s", "passed": true, "notes": "现场已修复"}""".formatted(operation()));
        assertThat(verified.path("status").asString()).isEqualTo("CLOSED");

        await().atMost(WAIT).untilAsserted(() -> assertThat(
                client.get(NOTIFICATION, "/api/v1/callbacks?state=OPEN&size=200").path("callbacks"))
                .extracting(callback -> callback.path("caseNumber").asString()).contains(caseNumber));
        client.postJson(NOTIFICATION, "/api/v1/callbacks/" + caseNumber + "/result", """
                {"result": "SATISFIED", "comment": "处理及时", "operator": "hotline-7"}""", 200);
    }

    private String member(String role, String name, String kind, String teamId) {
        String id = role + "-" + run;
        client.putJson(DISPATCH, "/api/v1/members/" + id, """
                {"name": "%s", "role": "%s", "teamId": "%s"}""".formatted(name, kind, teamId), admin());
        return id;
    }

    private JsonNode task(String caseNumber, String step, String member, String body) {
        return client.postJson(DISPATCH, "/api/v1/mobile/tasks/" + caseNumber + "/" + step, body, 200,
                "Authorization", SharedStack.memberAuthorization(member));
    }

    private String uploadPhoto(String caseNumber, String officer) {
        String boundary = "gridline-" + run;
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"after.jpg\""
                + "\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
        for (String[] field : new String[][] {{"kind", "AFTER"}, {"clientOperationId", operation()}}) {
            form.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0]
                    + "\"\r\n\r\n" + field[1]).getBytes(StandardCharsets.UTF_8));
        }
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.post(DISPATCH, "/api/v1/mobile/tasks/" + caseNumber + "/evidence",
                "multipart/form-data; boundary=" + boundary, form.toByteArray(), 201,
                "Authorization", SharedStack.memberAuthorization(officer)).path("id").asString();
    }

    private String operation() {
        return "op-" + run + "-" + ++operations;
    }

    private static String[] admin() {
        return new String[] {"Authorization", SharedStack.memberAuthorization("admin")};
    }
}
