package city.gridline.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The four services as processes, each from its executable jar, pointed at one broker and one MongoDB server. */
public final class GridlineServices {

    /** Service module → HTTP port; the ports are the services' own defaults. */
    public static final Map<String, Integer> PORTS = Map.of(
            "intake-service", 8081,
            "grid-service", 8082,
            "dispatch-service", 8083,
            "notification-service", 8084);

    public static final List<String> MODULES =
            List.of("intake-service", "grid-service", "dispatch-service", "notification-service");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<ManagedProcess> processes = new ArrayList<>();
    private final Map<String, Integer> ports;

    private GridlineServices(Map<String, Integer> ports) {
        this.ports = ports;
    }

    /**
     * Starts every service. {@code jarOf} finds a module's executable jar; the layout gives log and pid
     * directories.
     */
    public static GridlineServices start(StackLayout layout, Function<String, Path> jarOf, Map<String, Integer> ports,
                                         String kafkaBootstrapServers, String mongoUri) {
        return start(MODULES, layout, jarOf, ports, kafkaBootstrapServers, mongoUri);
    }

    /** Starts the named services only. */
    public static GridlineServices start(List<String> modules, StackLayout layout, Function<String, Path> jarOf,
                                         Map<String, Integer> ports, String kafkaBootstrapServers, String mongoUri) {
        return start(modules, layout, jarOf, ports, kafkaBootstrapServers, mongoUri, Map.of());
    }

    /**
     * Starts the named services, each with its {@code settings} (command-line arguments such as
     * {@code --name=value}) after the stack's own: a test's shorter intervals, say.
     */
    public static GridlineServices start(List<String> modules, StackLayout layout, Function<String, Path> jarOf,
                                         Map<String, Integer> ports, String kafkaBootstrapServers, String mongoUri,
                                         Map<String, List<String>> settings) {
        GridlineServices services = new GridlineServices(ports);
        for (String module : modules) {
            List<String> command = new ArrayList<>(List.of(StackLayout.java(), "-Xms64m", "-Xmx384m"));
            command.addAll(jvmOptions(module));
            command.addAll(List.of("-jar", jarOf.apply(module).toString(),
                    "--server.port=" + ports.get(module),
                    "--spring.cloud.stream.kafka.binder.brokers=" + kafkaBootstrapServers,
                    "--spring.mongodb.uri=" + mongoUri,
                    "--spring.security.oauth2.resourceserver.jwt.public-key-location="
                            + layout.devIssuerPublicKeyLocation()));
            command.addAll(localSettings(module, ports.get(module)));
            command.addAll(settings.getOrDefault(module, List.of()));
            ManagedProcess process = new ManagedProcess(module, command,
                    Map.of("GRIDLINE_CONTACT_KEY", layout.contactKey()), layout);
            process.start();
            services.processes.add(process);
        }
        return services;
    }

    /**
     * Huge pages for the grid service's heap, where the kernel offers them on request: its spatial index is read at
     * random places, and with 4 KiB pages a large layer's look-ups would mostly add a page-table walk.
     */
    static List<String> jvmOptions(String module) {
        return module.equals("grid-service") ? List.of("-XX:+UseTransparentHugePages") : List.of();
    }

    /** What a service needs only on the local stack: notification texts go to its own loopback SMS gateway. */
    static List<String> localSettings(String module, int port) {
        if (!module.equals("notification-service")) {
            return List.of();
        }
        return List.of("--gridline.notification.sms.loopback.enabled=true",
                "--gridline.notification.sms.gateway-url=http://localhost:" + port + "/loopback/sms");
    }

    /** Waits until every service reports itself ready, or fails naming the one that is not and its log. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (ManagedProcess process : processes) {
            URI readiness = URI.create("http://localhost:" + ports.get(process.name()) + "/actuator/health/readiness");
            while (!isReady(readiness)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(process.name() + " exited; see " + process.logFile());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(process.name() + " not ready after " + timeout + "; see "
                            + process.logFile());
                }
                pause();
            }
        }
    }

    public List<String> exited() {
        return processes.stream().filter(p -> !p.isAlive()).map(ManagedProcess::name).toList();
    }

    /** Kills a service at once (SIGKILL), as a crash would. */
    public void kill(String module) {
        processes.stream().filter(p -> p.name().equals(module)).forEach(ManagedProcess::kill);
        processes.removeIf(p -> p.name().equals(module));
    }

    public void stop() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop();
        }
    }

    static boolean isReady(URI readiness) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
