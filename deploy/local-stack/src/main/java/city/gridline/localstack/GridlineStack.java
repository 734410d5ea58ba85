package city.gridline.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ./gridline up}: a standalone Kafka broker, a MongoDB wire-protocol server and the four services, each its
 * own process, on their default ports; waits until all are ready, prints where they are and how to try them,
 * and stops everything on Ctrl-C. {@code ./gridline down}: stops whatever an earlier {@code up} left running.
 * System properties: {@code gridline.root}, the project (default the working directory); {@code gridline.var}, where
 * data, logs and pid files go (default {@code var/} of the project).
 */
public final class GridlineStack {

    static final int MONGO_PORT = 27017;
    static final int PROMETHEUS_PORT = 9090;
    private static final String LAUNCHER = "launcher";
    private static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SERVICES_TIMEOUT = Duration.ofSeconds(300);

    private final StackLayout layout;
    private final List<ManagedProcess> infrastructure = new ArrayList<>();
    /** The local stack's API keys of a hotline system and an Open311 client (never a deployment's). */
    public static final String DEV_HOTLINE_KEY = "dev-hotline-system-key";
    public static final String DEV_OPEN311_KEY = "dev-open311-client-key";

    private GridlineServices services;
    private volatile boolean stopping;

    private GridlineStack(StackLayout layout) {
        this.layout = layout;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("gridline.root", "."));
        StackLayout layout = new StackLayout(root, Path.of(System.getProperty("gridline.var",
                root.resolve("var").toString())));
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "up" -> new GridlineStack(layout).up();
            case "down" -> down(layout);
            default -> {
                System.err.println("usage: ./gridline up | down");
                System.exit(2);
            }
        }
    }

    private void up() {
        layout.createDirectories();
        List<Integer> busy = Stream.of(KafkaBroker.PORT, KafkaBroker.CONTROLLER_PORT, MONGO_PORT)
                .filter(Ports::listening).toList();
        List<Integer> busyServices = GridlineServices.PORTS.values().stream().filter(Ports::listening).toList();
        if (!busy.isEmpty() || !busyServices.isEmpty()) {
            System.err.println("Ports already in use: " + busy + busyServices
                    + ". Is a stack running already? Stop it with ./gridline down.");
            System.exit(1);
        }
        writePid(LAUNCHER, ProcessHandle.current().pid());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "gridline-down"));
        try {
            startInfrastructure();
            step("Starting the four services (logs in " + layout.logs() + ")");
            services = GridlineServices.start(GridlineServices.MODULES, layout, layout::serviceJar,
                    GridlineServices.PORTS, "localhost:" + KafkaBroker.PORT, "mongodb://localhost:" + MONGO_PORT,
                    Map.of("intake-service", List.of("--gridline.intake.hotline-api-keys=" + DEV_HOTLINE_KEY,
                            "--gridline.intake.open311.api-keys=" + DEV_OPEN311_KEY)));
            services.awaitReady(SERVICES_TIMEOUT);
            String prometheus = startPrometheus();
            printBanner(prometheus);
        } catch (RuntimeException e) {
            System.err.println("Gridline did not start: " + e.getMessage());
            System.exit(1);
        }
        supervise();
    }

    private void startInfrastructure() {
        step("Starting Kafka (KRaft) on localhost:" + KafkaBroker.PORT);
        ManagedProcess kafka = KafkaBroker.prepare(layout);
        kafka.start();
        infrastructure.add(kafka);
        step("Starting MongoDB wire-protocol server (H2 file under " + layout.mongo() + ") on localhost:" + MONGO_PORT);
        ManagedProcess mongo = MongoServerMain.prepare(layout, MONGO_PORT);
        mongo.start();
        infrastructure.add(mongo);
        awaitListening(kafka, KafkaBroker.PORT);
        awaitListening(mongo, MONGO_PORT);
    }

    /** Prometheus on loopback, scraping the four services, when Debian's package is installed. */
    private String startPrometheus() {
        Optional<Path> binary = onPath("prometheus");
        if (binary.isEmpty()) {
            return "not installed (deploy/prometheus/install-promtool installs Debian's package)";
        }
        if (Ports.listening(PROMETHEUS_PORT)) {
            return "port " + PROMETHEUS_PORT + " is taken; not started";
        }
        step("Starting Prometheus on http://localhost:" + PROMETHEUS_PORT);
        ManagedProcess prometheus = new ManagedProcess("prometheus", List.of(binary.get().toString(),
                "--config.file=" + layout.root().resolve("deploy/prometheus/prometheus.yml"),
                "--storage.tsdb.path=" + layout.var().resolve("prometheus"),
                "--web.listen-address=127.0.0.1:" + PROMETHEUS_PORT), layout);
        prometheus.start();
        infrastructure.add(prometheus);
        awaitListening(prometheus, PROMETHEUS_PORT);
        return "http://localhost:" + PROMETHEUS_PORT;
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private void printBanner(String prometheus) {
        Map<String, String> tokens = DevTokens.forEveryRole(layout.devIssuer());
        Path tokenFile = DevTokens.writeEnvironmentFile(tokens, layout.run().resolve("dev-tokens.env"));
        String layer = get("http://localhost:8082/api/v1/layers/current", tokens.get("OPERATIONS"))
                .orElse("(grid layer summary unavailable)");
        printTokens(tokens, tokenFile);
        System.out.println("""

                Gridline is up.
                  intake        http://localhost:8081   (POST /api/v1/reports, GET /api/v1/reports/{reportId})
                  grid          http://localhost:8082   (GET /api/v1/layers/current, /api/v1/cells?lon=&lat=&crs=)
                  dispatch      http://localhost:8083   (GET /api/v1/cases/{caseNumber})
                  notification  http://localhost:8084   (GET /api/v1/cases/{caseNumber}/timeline, …/deadline,
                                                         /api/v1/notifications, SMS sent: /loopback/sms)
                  kafka         localhost:9092           mongodb  mongodb://localhost:27017
                  prometheus    %s
                  logs          %s
                Demo grid layer: %s

                Every call needs credentials: the tokens above (source %s), or the development API keys
                of a hotline system (X-Api-Key: %s) and an Open311 client (api_key=%s).
                File a report inside Chaoyang:
                  source %s
                  curl -s -X POST http://localhost:8081/api/v1/reports -H 'Content-Type: application/json' \\
                    -H "Authorization: Bearer $GRIDLINE_TOKEN_HOTLINE_OPERATOR" \\
                    -d '{"channel":"12319","sourceTicketId":"12319-demo-0001","categoryCode":"0101","description":"井盖破损","location":{"lon":116.455,"lat":39.937,"crs":"GCJ02"},"address":"朝阳区工人体育场北路","reporter":{"name":"张三","phone":"13812345678"}}'
                then follow it (a few seconds later it is DISPATCHED, with case number, cell, street and team):
                  curl -s -H "Authorization: Bearer $GRIDLINE_TOKEN_HOTLINE_OPERATOR" http://localhost:8081/api/v1/reports/<reportId>
                A point outside the district (Haidian) comes back UNLOCATABLE with the reason:
                  curl -s -X POST http://localhost:8081/api/v1/reports -H 'Content-Type: application/json' \\
                    -H 'X-Api-Key: %s' \\
                    -d '{"channel":"12345","sourceTicketId":"12345-demo-0002","categoryCode":"0101","location":{"lon":116.30,"lat":39.99,"crs":"GCJ02"}}'
                A field member's token, once the administrator added the member: ./gridline token <member-id> <ROLE>

                Ctrl-C (or ./gridline down in another terminal) stops everything; data stays in var/.
                """.formatted(prometheus, layout.logs(), layer, tokenFile, DEV_HOTLINE_KEY,
                DEV_OPEN311_KEY, tokenFile, DEV_HOTLINE_KEY));
    }

    private static void printTokens(Map<String, String> tokens, Path file) {
        System.out.println("\nDevelopment bearer tokens, one per role, valid " + DevTokens.VALID_FOR.toHours()
                + " h (also in " + file + "):");
        tokens.forEach((role, token) -> System.out.println("  " + role + "\n    " + token));
    }

    private void supervise() {
        List<String> reported = new ArrayList<>();
        while (!stopping) {
            Stream.concat(infrastructure.stream().filter(p -> !p.isAlive()).map(ManagedProcess::name),
                            services.exited().stream())
                    .filter(name -> !reported.contains(name))
                    .forEach(name -> {
                        reported.add(name);
                        System.err.println(name + " has exited; see " + layout.logs().resolve(name + ".log"));
                    });
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void stopAll() {
        stopping = true;
        System.out.println("Stopping Gridline …");
        if (services != null) {
            services.stop();
        }
        for (int i = infrastructure.size() - 1; i >= 0; i--) {
            infrastructure.get(i).stop();
        }
        deletePid(LAUNCHER);
        System.out.println("Stopped.");
    }

    /** Stops the launcher (whose hook stops its children), then anything a killed launcher left behind. */
    private static void down(StackLayout layout) {
        List<String> stopped = new ArrayList<>();
        ManagedProcess.stopFromPidFile(layout.run().resolve(LAUNCHER + ".pid"), GridlineStack.class.getName())
                .ifPresent(stopped::add);
        for (String module : GridlineServices.MODULES) {
            ManagedProcess.stopFromPidFile(layout.run().resolve(module + ".pid"), module).ifPresent(stopped::add);
        }
        ManagedProcess.stopFromPidFile(layout.run().resolve("prometheus.pid"), "prometheus")
                .ifPresent(stopped::add);
        ManagedProcess.stopFromPidFile(layout.run().resolve("mongo.pid"), MongoServerMain.class.getName())
                .ifPresent(stopped::add);
        ManagedProcess.stopFromPidFile(layout.run().resolve("kafka.pid"), KafkaBroker.MAIN_CLASS)
                .ifPresent(stopped::add);
        System.out.println(stopped.isEmpty() ? "Nothing was running." : "Stopped " + String.join(", ", stopped) + ".");
    }

    private void awaitListening(ManagedProcess process, int port) {
        Instant deadline = Instant.now().plus(INFRASTRUCTURE_TIMEOUT);
        while (!Ports.listening(port)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(process.name() + " is not listening on " + port + "; see "
                        + process.logFile());
            }
            sleepBriefly();
        }
    }

    private static Optional<String> get(String url, String token) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void writePid(String name, long pid) {
        try {
            Files.writeString(layout.run().resolve(name + ".pid"), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deletePid(String name) {
        try {
            Files.deleteIfExists(layout.run().resolve(name + ".pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void step(String message) {
        System.out.println("» " + message);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
