package city.gridline.campaigns;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Steady 12319 hotline traffic into intake's JSON API, as the hotline's own system sends it: every report under its
 * own ticket, retried with the very same ticket and body after a refusal or a failed connection until intake answers
 * 2xx (intake is idempotent on the ticket). The reports lie a few dozen metres apart in a small patch of Chaoyang —
 * a few cells — and every n-th repeats an earlier accepted report's spot and category, so that intake merges it as a
 * repeat (重复上报).
 */
final class HotlineTraffic implements AutoCloseable {

    private static final String INTAKE = "intake-service";
    private static final String[] CATEGORIES = {"0101", "200101", "200401"};
    private static final int COLUMNS = 20;
    /**
     * Spots before the patch starts over (30 rows, some 2.3 km north to south): a long run's reports would otherwise
     * march out of the district. A report at a spot used before merges as a repeat when the category matches too.
     */
    private static final int SPOTS = COLUMNS * 30;
    /** About 60 m east-west and 78 m north-south: more than the 50 m within which intake merges repeats. */
    private static final double STEP = 0.0007;
    private static final Duration RETRY_AFTER = Duration.ofMillis(500);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.shared();

    private final CampaignClient http;
    private final String authorization;
    private final CrashSettings settings;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Random random = new Random(20_261_124L);
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders = Executors.newFixedThreadPool(48);
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<HotlineReport> acceptedOriginals = new CopyOnWriteArrayList<>();
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final Map<String, String> rejected = new ConcurrentHashMap<>();
    private final Map<String, String> abandoned = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();

    /** A report intake answered with a 2xx: its id, and the report it was merged into as a repeat (or null). */
    record Accepted(String ticket, String reportId, String duplicateOf) {
    }

    /** One report as the hotline files it; {@code repeatOf} the ticket whose spot and category it repeats. */
    record HotlineReport(String ticket, int spot, String category, String repeatOf) {

        byte[] body() {
            double lon = 116.45 + spot % COLUMNS * STEP;
            double lat = 39.90 + spot / COLUMNS * STEP;
            return String.format(Locale.ROOT, """
                    {"channel": "12319", "sourceTicketId": "%s", "categoryCode": "%s", "description": "井盖破损",
                     "location": {"lon": %.5f, "lat": %.5f, "crs": "GCJ02"}, "address": "朝阳区",
                     "reporter": {"name": "张三", "phone": "138%08d"}}""",
                    ticket, category, lon, lat, Math.abs(ticket.hashCode()) % 100_000_000)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    HotlineTraffic(CampaignClient http, CrashSettings settings, String authorization) {
        this.authorization = authorization;
        this.http = http;
        this.settings = settings;
    }

    void start() {
        clock.scheduleAtFixedRate(() -> senders.execute(this::fileNext), 0, 1_000_000 / settings.rate(),
                TimeUnit.MICROSECONDS);
    }

    /**
     * Stops filing new reports and waits until every report sent so far is accepted, refused for good or given
     * up; answers how many were still being retried when the wait ended (0 when all were settled), so that the
     * campaign can still reconcile and print what it saw before it fails.
     */
    int finish() {
        clock.shutdownNow();
        senders.shutdown();
        try {
            senders.awaitTermination(GIVE_UP_AFTER.plusMinutes(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sent() - accepted.size() - rejected.size() - abandoned.size();
    }

    int sent() {
        return sequence.get();
    }

    int attempts() {
        return attempts.get();
    }

    /** Ticket → accepted report. */
    Map<String, Accepted> accepted() {
        return Map.copyOf(accepted);
    }

    /** Ticket → the 4xx that refused it for good (a request intake should have taken). */
    Map<String, String> rejected() {
        return Map.copyOf(rejected);
    }

    /** Ticket → the last answer before the campaign gave up retrying it. */
    Map<String, String> abandoned() {
        return Map.copyOf(abandoned);
    }

    /** Refused attempts (later retried) by what refused them: "503", "429", "no connection", … */
    Map<String, Integer> refusals() {
        Map<String, Integer> counts = new TreeMap<>();
        refusals.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    @Override
    public void close() {
        clock.shutdownNow();
        senders.shutdownNow();
    }

    private void fileNext() {
        int n = sequence.getAndIncrement();
        String ticket = "12319-crash-" + run + "-" + n;
        HotlineReport report;
        if (n % settings.everyRepeat() == settings.everyRepeat() - 1 && !acceptedOriginals.isEmpty()) {
            HotlineReport earlier = acceptedOriginals.get(random.nextInt(acceptedOriginals.size()));
            report = new HotlineReport(ticket, earlier.spot(), earlier.category(), earlier.ticket());
        } else {
            report = new HotlineReport(ticket, n % SPOTS, CATEGORIES[n % CATEGORIES.length], null);
        }
        file(report);
    }

    private void file(HotlineReport report) {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        BadRequest request = new BadRequest(INTAKE, "POST /api/v1/reports", "POST", "/api/v1/reports",
                Map.of("Content-Type", "application/json", "Authorization", authorization), report.body(),
                "hotline report " + report.ticket());
        while (true) {
            attempts.incrementAndGet();
            Answer answer = http.send(request);
            if (answer.status() / 100 == 2) {
                JsonNode body = JSON.readTree(answer.body());
                String duplicateOf = body.path("duplicateOf").isString() ? body.path("duplicateOf").asString() : null;
                accepted.put(report.ticket(), new Accepted(report.ticket(), body.path("reportId").asString(),
                        duplicateOf));
                if (report.repeatOf() == null) {
                    acceptedOriginals.add(report);
                }
                return;
            }
            if (answer.status() / 100 == 4 && answer.status() != 429) {
                rejected.put(report.ticket(), answer.toString());
                return;
            }
            refusals.computeIfAbsent(answer.status() == -1 ? "no answer" : Integer.toString(answer.status()),
                    kind -> new AtomicInteger()).incrementAndGet();
            if (Instant.now().isAfter(giveUp)) {
                abandoned.put(report.ticket(), answer.toString());
                return;
            }
            Pause.during(RETRY_AFTER);
        }
    }
}
