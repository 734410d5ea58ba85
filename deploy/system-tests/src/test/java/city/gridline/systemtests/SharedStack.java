package city.gridline.systemtests;

import city.gridline.localstack.Ports;
import city.gridline.localstack.GridlineServices;
import city.gridline.localstack.StackLayout;
import city.gridline.testkit.GridlineInfrastructure;
import city.gridline.testkit.TestCallers;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The four services, each from its executable jar as its own process, against the shared broker and MongoDB
 * server — started once for every test class that registers this extension, and stopped when the run ends, since a
 * stack start is the costliest step of the suite.
 *
 * <p>Its settings shorten the services' periodic work so that a test sees it within seconds: the deadline watch,
 * the assessment and open-case gauges. Quiet hours are off, so that citizens' texts go out whatever the hour of the
 * run, and Open311 takes the key {@link #OPEN311_KEY}.
 */
final class SharedStack implements BeforeAllCallback {

    static final String OPEN311_KEY = "system-tests";

    private static final Map<String, List<String>> SETTINGS = Map.of(
            "intake-service", List.of("--gridline.intake.open311.api-keys=" + OPEN311_KEY),
            "dispatch-service", List.of("--gridline.dispatch.gauge-refresh=2s"),
            "notification-service", List.of(
                    "--gridline.notification.deadline.watch-interval=2s",
                    "--gridline.notification.assessment.refresh-interval=3s",
                    "--gridline.notification.quiet-hours.start=00:00",
                    "--gridline.notification.quiet-hours.end=00:00"));

    /** Where the stack keeps its files, and its development token issuer. */
    static final StackLayout LAYOUT = new StackLayout(Path.of("target", "system-it"));
    private static final List<String> EVERY_ROLE = List.of("HOTLINE_OPERATOR", "HOTLINE_SYSTEM", "OPEN311_CLIENT",
            "SUPERVISOR", "COMMAND_CENTRE", "GRID_ADMINISTRATOR", "ADMINISTRATOR", "OPERATIONS", "CITIZEN_PORTAL");

    private Running running;

    /** An {@code Authorization} value for a caller who may do everything but act as a dispatch member. */
    static String operatorAuthorization() {
        return "Bearer " + LAYOUT.devIssuer().token("system-tests", EVERY_ROLE, List.of("*"), Duration.ofHours(2));
    }

    /** An {@code Authorization} value for a field supervisor, who files field reports under their own id. */
    static String supervisorAuthorization(String supervisorId) {
        return "Bearer " + LAYOUT.devIssuer().token(supervisorId, List.of("SUPERVISOR"), List.of("*"),
                Duration.ofHours(2));
    }

    /** An {@code Authorization} value for a dispatch member (the member directory says what they may do). */
    static String memberAuthorization(String memberId) {
        return "Bearer " + LAYOUT.devIssuer().token(memberId, TestCallers.MEMBER_ROLES, List.of("*"),
                Duration.ofHours(2));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    URI uri(String module, String path) {
        return URI.create("http://localhost:" + port(module) + path);
    }

    int port(String module) {
        return running.ports.get(module);
    }

    GridlineInfrastructure infrastructure() {
        return GridlineInfrastructure.shared();
    }

    /** Closed by JUnit when the run ends (the root store closes what it holds). */
    private record Running(GridlineServices services, Map<String, Integer> ports) implements AutoCloseable {

        static Running start() {
            GridlineInfrastructure infrastructure = GridlineInfrastructure.shared();
            StackLayout layout = LAYOUT;
            layout.createDirectories();
            Path jars = Path.of(System.getProperty("gridline.services.dir", "target/services"));
            Map<String, Integer> ports = Ports.freeFor(GridlineServices.MODULES);
            GridlineServices services = GridlineServices.start(GridlineServices.MODULES, layout,
                    module -> jars.resolve(module + ".jar"), ports, infrastructure.kafkaBootstrapServers(),
                    infrastructure.mongoUri(), SETTINGS);
            try {
                services.awaitReady(Duration.ofMinutes(4));
            } catch (RuntimeException notReady) {
                services.stop();
                throw notReady;
            }
            return new Running(services, Map.copyOf(ports));
        }

        @Override
        public void close() {
            services.stop();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
