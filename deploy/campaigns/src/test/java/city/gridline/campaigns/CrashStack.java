package city.gridline.campaigns;

import city.gridline.localstack.GridlineServices;
import city.gridline.localstack.KafkaBroker;
import city.gridline.localstack.ManagedProcess;
import city.gridline.localstack.MongoServerMain;
import city.gridline.localstack.Ports;
import city.gridline.localstack.StackLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A whole stack in which anything may crash: a Kafka broker and a MongoDB wire server (H2 file) as processes of their
 * own, and the four services from their jars, each its own process — so that each can be killed with SIGKILL and
 * started again. Everything it writes lives under {@code target/crash-stack}, emptied at every start, so a run's
 * topics and collections hold that run's data only.
 */
final class CrashStack implements AutoCloseable {

    static final String BROKER = "kafka";
    /** What the campaign kills, in this order. */
    static final List<String> TARGETS = List.of("intake-service", "grid-service", "dispatch-service",
            "notification-service", BROKER);

    private static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofSeconds(90);
    /** Four services starting at once on two busy cores have been seen to need more than four minutes. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(4);

    private final StackLayout layout;
    private final Path jars;
    private final ManagedProcess broker;
    private final int brokerPort;
    private final ManagedProcess mongo;
    private final int mongoPort;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, GridlineServices> services = new LinkedHashMap<>();

    /** {@code Authorization} of a hotline desk, from the stack's development issuer. */
    String hotlineAuthorization() {
        return "Bearer " + layout.devIssuer().token("crash-desk", List.of("HOTLINE_OPERATOR"), List.of("*"),
                Duration.ofHours(3));
    }

    private CrashStack(StackLayout layout, Path jars) {
        this.layout = layout;
        this.jars = jars;
        Map<String, Integer> free = Ports.freeFor(Stream.concat(Stream.of("kafka", "kafka-controller", "mongo"),
                GridlineServices.MODULES.stream()).toList());
        this.brokerPort = free.get("kafka");
        this.broker = KafkaBroker.prepare(layout, brokerPort, free.get("kafka-controller"));
        this.mongoPort = free.get("mongo");
        this.mongo = MongoServerMain.prepare(layout, mongoPort);
        GridlineServices.MODULES.forEach(module -> ports.put(module, free.get(module)));
    }

    static CrashStack start() {
        StackLayout layout = new StackLayout(Path.of("target", "crash-stack"));
        // Failsafe runs a failed test once more: the failed run's logs are the evidence, kept until the next start.
        Path previousLogs = layout.root().resolve("previous-logs");
        deleteRecursively(previousLogs);
        if (Files.exists(layout.logs())) {
            move(layout.logs(), previousLogs);
        }
        deleteRecursively(layout.var());
        layout.createDirectories();
        CrashStack stack = new CrashStack(layout,
                Path.of(System.getProperty("gridline.services.dir", "target/services")));
        // A campaign cut short (a timeout, Ctrl-C) must not leave seven processes behind.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "crash-stack-stop"));
        try {
            stack.mongo.start();
            stack.startBroker();
            awaitListening(stack.mongo, stack.mongoPort);
            GridlineServices.MODULES.forEach(stack::startService);
            stack.services.values().forEach(started -> started.awaitReady(START_TIMEOUT));
            return stack;
        } catch (RuntimeException notStarted) {
            stack.close();
            throw notStarted;
        }
    }

    /** Kills a target (a service module or {@link #BROKER}) with SIGKILL, as a crash or the OOM killer would. */
    void kill(String target) {
        if (target.equals(BROKER)) {
            broker.kill();
        } else {
            services.remove(target).kill(target);
        }
    }

    /** Starts a killed target again and waits until it is ready (a service) or listening (the broker). */
    void restart(String target) {
        if (target.equals(BROKER)) {
            startBroker();
        } else {
            startService(target);
            services.get(target).awaitReady(RESTART_TIMEOUT);
        }
    }

    URI uri(String module, String pathAndQuery) {
        return URI.create("http://localhost:" + ports.get(module) + pathAndQuery);
    }

    String kafkaBootstrapServers() {
        return "localhost:" + brokerPort;
    }

    Path logs() {
        return layout.logs();
    }

    /** Services that died without being killed: a crash of its own is a finding. */
    List<String> exited() {
        return services.values().stream().flatMap(started -> started.exited().stream()).toList();
    }

    @Override
    public void close() {
        services.values().forEach(GridlineServices::stop);
        broker.stop();
        mongo.stop();
    }

    private void startBroker() {
        broker.start();
        awaitListening(broker, brokerPort);
    }

    private void startService(String module) {
        services.put(module, GridlineServices.start(List.of(module), layout, m -> jars.resolve(m + ".jar"), ports,
                kafkaBootstrapServers(), "mongodb://localhost:" + mongoPort));
    }

    private static void awaitListening(ManagedProcess process, int port) {
        Instant deadline = Instant.now().plus(INFRASTRUCTURE_TIMEOUT);
        while (!Ports.listening(port)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(process.name() + " is not listening on " + port + "; see "
                        + process.logFile());
            }
            Pause.during(Duration.ofMillis(250));
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (Files.notExists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
