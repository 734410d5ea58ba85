package city.gridline.systemtests;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports through every intake channel, as their clients send them: 12319 operators (the JSON API), 12345 work
 * orders, 110 transfers, field supervisors and Open311. Each report has its own spot in Chaoyang, some 300 m from
 * the next, so that none is merged into another unless meant to; a few lie outside the district. Safe to call from
 * several threads, as several clients would send.
 */
final class ReportTraffic {

    private static final String INTAKE = "intake-service";
    private static final String[] CATEGORIES = {"0101", "200101", "200401"};
    private static final int COLUMNS = 20;

    private final StackClient client;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger spot = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();

    ReportTraffic(StackClient client) {
        this.client = client;
    }

    int submitted() {
        return submitted.get();
    }

    /** A 12319 report with a reporter who can be texted; answers its report id. */
    String hotline12319() {
        int n = spot.getAndIncrement();
        double[] point = spotAt(n);
        return submit("/api/v1/reports", "application/json", String.format(Locale.ROOT, """
                {"channel": "12319", "sourceTicketId": "12319-%s-%d", "categoryCode": "%s", "description": "井盖破损",
                 "location": {"lon": %.5f, "lat": %.5f, "crs": "GCJ02"}, "address": "朝阳区",
                 "reporter": {"name": "张三", "phone": "138%08d"}}""",
                run, n, CATEGORIES[n % CATEGORIES.length], point[0], point[1], n), 202);
    }

    /**
     * A report at the spot of an earlier 12319 report (its spot number), of the same category: intake merges it as
     * a repeat while that report's case is open.
     */
    String repeatOf(int earlier) {
        double[] point = spotAt(earlier);
        return submit("/api/v1/reports", "application/json", String.format(Locale.ROOT, """
                {"channel": "12319", "sourceTicketId": "12319-%s-repeat-%d", "categoryCode": "%s",
                 "location": {"lon": %.5f, "lat": %.5f, "crs": "GCJ02"}}""",
                run, earlier, CATEGORIES[earlier % CATEGORIES.length], point[0], point[1]), 202);
    }

    String hotline12345() {
        int n = spot.getAndIncrement();
        double[] point = spotAt(n);
        return submit("/api/v1/channels/12345/tickets", "application/json", String.format(Locale.ROOT, """
                {"ticketNumber": "BJ12345-%s-%d", "categoryPath": "城市管理/市容环境/私搭乱建", "content": "小区门口私搭乱建",
                 "location": {"lon": %.5f, "lat": %.5f, "crs": "GCJ02"}, "caller": {"name": "李*", "phone": "139****0000"},
                 "limitHours": 48}""", run, n, point[0], point[1]), 202);
    }

    String police110() {
        int n = spot.getAndIncrement();
        double[] point = spotAt(n);
        return submit("/api/v1/channels/110/transfers", "application/json", String.format(Locale.ROOT, """
                {"incidentNumber": "110-%s-%d", "transferredAt": "%s", "categoryText": "噪音扰民",
                 "content": "广场舞音响声音过大", "location": {"lon": %.5f, "lat": %.5f, "crs": "GCJ02"}}""",
                run, n, Instant.now(), point[0], point[1]), 202);
    }

    String field() {
        int n = spot.getAndIncrement();
        double[] point = spotAt(n);
        return submit("/api/v1/channels/field/reports", "application/json", String.format(Locale.ROOT, """
                {"supervisorId": "SV-%s", "clientReportId": "c%d", "categoryCode": "0101",
                 "position": {"lon": %.5f, "lat": %.5f, "crs": "GCJ02"}, "description": "上水井盖缺失",
                 "deviceTime": "%s"}""", run, n, point[0], point[1], Instant.now()), 202,
                SharedStack.supervisorAuthorization("SV-" + run));
    }

    /** Open311 answers 201 with a list of one request. */
    void open311() {
        int n = spot.getAndIncrement();
        double[] point = spotAt(n);
        String form = String.format(Locale.ROOT, "api_key=%s&service_code=pothole&lat=%.5f&long=%.5f&description=%s",
                SharedStack.OPEN311_KEY, point[1], point[0], URLEncoder.encode("路面坑洞", StandardCharsets.UTF_8));
        // As an Open311 client: its api_key is its only credential.
        submitWithRetries("/open311/v2/requests.json", "application/x-www-form-urlencoded", form, 201, null);
    }

    /** West of the district, in Haidian: the grid finds no cell. */
    String outsideTheDistrict() {
        int n = spot.getAndIncrement();
        return submit("/api/v1/reports", "application/json", String.format(Locale.ROOT, """
                {"channel": "12345", "sourceTicketId": "12345-%s-%d", "categoryCode": "0101",
                 "location": {"lon": %.5f, "lat": 39.99, "crs": "GCJ02"}}""", run, n, 116.28 + n % 10 * 0.003), 202);
    }

    /** A report without a category: refused with 422. */
    void invalid() {
        client.postJson(INTAKE, "/api/v1/reports", """
                {"channel": "12319", "sourceTicketId": "12319-invalid", "location": {"lon": 116.46, "lat": 39.92}}""",
                422);
    }

    private String submit(String path, String contentType, String body, int status) {
        return submit(path, contentType, body, status, SharedStack.operatorAuthorization());
    }

    private String submit(String path, String contentType, String body, int status, String authorization) {
        return StackClient.JSON.readTree(submitWithRetries(path, contentType, body, status, authorization))
                .path("reportId").asString();
    }

    /** Submits as a client would, waiting out a 429 (intake's per-client rate limit) as Retry-After says. */
    /** {@code authorization} null: the request carries no {@code Authorization} (an API key in the body, say). */
    private String submitWithRetries(String path, String contentType, String body, int status,
                                     String authorization) {
        for (int attempt = 0; attempt < 20; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(INTAKE, path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = StackClient.send(request.build());
            if (response.statusCode() != 429) {
                assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
                submitted.incrementAndGet();
                return response.body();
            }
            pause(response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
        }
        throw new AssertionError(path + " refused with 429 twenty times");
    }

    /** Spot n of a grid east of the third ring road, 0.003° apart (about 255 m by 333 m). */
    private static double[] spotAt(int n) {
        return new double[] {116.45 + n % COLUMNS * 0.003, 39.90 + n / COLUMNS * 0.003};
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(seconds * 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
