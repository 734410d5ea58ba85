package city.gridline.systemtests;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.localstack.GridlineServices;
import city.gridline.localstack.StackLayout;
import city.gridline.testkit.GridlineInfrastructure;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake killed with SIGKILL while reports pour in: every report that got a 2xx reaches {@code reports.received};
 * a report whose request died with the process is filed once when the client retries its ticket after the restart.
 */
class IntakeCrashIT {

    private static final String INTAKE = "intake-service";
    private static final int REPORTS = 60;
    /** Reports accepted before the storm, so that the crash surely follows some 2xx. */
    private static final int WARM = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final GridlineInfrastructure infrastructure = GridlineInfrastructure.shared();
    private final StackLayout layout = new StackLayout(Path.of("target", "intake-crash-it"));
    private final Path jars = Path.of(System.getProperty("gridline.services.dir", "target/services"));
    private final int port = freePort();
    private GridlineServices intake;

    @AfterEach
    void stopIntake() {
        if (intake != null) {
            intake.stop();
        }
    }

    @Test
    void noReportAcceptedBeforeTheCrashIsLostAndNoneIsFiledTwice() throws Exception {
        layout.createDirectories();
        intake = startIntake();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            tickets.add("12319-crash-" + run + "-" + i);
        }
        Map<String, String> accepted = new ConcurrentHashMap<>();

        for (String ticket : tickets.subList(0, WARM)) {
            accepted.put(ticket, submitUntilAccepted(ticket));
        }
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        for (String ticket : tickets.subList(WARM, REPORTS)) {
            inFlight.add(submitAsync(ticket).thenAccept(reportId -> reportId.ifPresent(id -> accepted.put(ticket, id))));
            if (inFlight.size() == (REPORTS - WARM) / 2) {
                intake.kill(INTAKE);
            }
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        Map<String, String> acceptedBeforeTheCrash = Map.copyOf(accepted);

        intake = startIntake();
        for (String ticket : tickets) {
            String reportId = submitUntilAccepted(ticket);
            String earlier = acceptedBeforeTheCrash.get(ticket);
            if (earlier != null) {
                assertThat(reportId).as("the retry of %s returns the report accepted before the crash", ticket)
                        .isEqualTo(earlier);
            }
            accepted.put(ticket, reportId);
        }

        Set<String> expected = Set.copyOf(accepted.values());
        List<EventEnvelope<?>> received = new TopicProbe(infrastructure.kafkaBootstrapServers())
                .events(Topics.REPORTS_RECEIVED, e -> e.data() instanceof ReportReceived r
                        && r.sourceTicketId().startsWith("12319-crash-" + run), Duration.ofSeconds(5));
        Map<String, Long> eventsPerReport = received.stream()
                .collect(Collectors.groupingBy(EventEnvelope::aggregateId, Collectors.counting()));
        assertThat(eventsPerReport.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(received.stream().map(EventEnvelope::eventId).distinct()).hasSize(expected.size());
        assertThat(acceptedBeforeTheCrash).as("reports accepted before the crash").hasSizeGreaterThanOrEqualTo(WARM);
    }

    /** Retries a ticket as a client would after a refusal (503, or 429 from intake's rate limit). */
    private String submitUntilAccepted(String ticket) throws InterruptedException {
        for (int attempt = 0; attempt < 40; attempt++) {
            Optional<String> reportId = submitAsync(ticket).join();
            if (reportId.isPresent()) {
                return reportId.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError(ticket + " refused 40 times");
    }

    private GridlineServices startIntake() {
        GridlineServices started = GridlineServices.start(List.of(INTAKE), layout,
                module -> jars.resolve(module + ".jar"), Map.of(INTAKE, port),
                infrastructure.kafkaBootstrapServers(), infrastructure.mongoUri());
        started.awaitReady(Duration.ofMinutes(3));
        return started;
    }

    /**
     * The report id of an accepted (2xx) report; empty when the request failed or was refused. Each ticket's place
     * is its own, some 170 m from the next, so that no report is merged into another as a repeat.
     */
    private CompletableFuture<Optional<String>> submitAsync(String ticket) {
        int index = Integer.parseInt(ticket.substring(ticket.lastIndexOf('-') + 1));
        String body = String.format(Locale.ROOT, """
                {"channel": "12319", "sourceTicketId": "%s", "categoryCode": "0101", "description": "井盖破损",
                 "location": {"lon": %.4f, "lat": 39.9500, "crs": "GCJ02"}}""", ticket, 116.40 + index * 0.002);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + layout.devIssuer().token("crash-it-desk",
                        List.of("HOTLINE_OPERATOR"), List.of("*"), Duration.ofHours(1)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() / 100 == 2
                        ? Optional.of(JSON.readTree(response.body()).path("reportId").asString())
                        : Optional.<String>empty())
                .exceptionally(connectionDiedWithTheProcess -> Optional.empty());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
