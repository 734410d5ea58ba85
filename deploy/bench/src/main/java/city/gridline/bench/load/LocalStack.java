package city.gridline.bench.load;

import city.gridline.localstack.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The local stack the load runs against: started as {@code ./gridline up} starts it (the local stack's launcher,
 * {@code GridlineStack up}, as its own process: a KRaft broker, the MongoDB wire-protocol server on H2 and the four
 * services, each a process, on their default ports), with its data under a directory of its own; or one already
 * running, attached to. Either way the processes' pids are read from the stack's pid files.
 */
final class LocalStack implements AutoCloseable {

    static final int INTAKE_PORT = 8081;
    static final String KAFKA = "localhost:9092";
    private static final List<Integer> PORTS = List.of(9092, 27017, 8081, 8082, 8083, 8084);
    private static final Duration STOP_WITHIN = Duration.ofMinutes(2);

    private final Process launcher;
    private final Path runDirectory;

    private LocalStack(Process launcher, Path runDirectory) {
        this.launcher = launcher;
        this.runDirectory = runDirectory;
    }

    /**
     * Starts the launcher with {@code environment} added to its own (its processes inherit it: Spring reads service
     * settings such as {@code GRIDLINE_INTAKE_LIMITS_ENABLED} from there, the JVMs {@code JAVA_TOOL_OPTIONS}).
     */
    static LocalStack start(Path root, Path var, String classpath, Map<String, String> environment,
                            Optional<String> apiKey, Duration readyWithin) throws IOException, InterruptedException {
        List<Integer> busy = PORTS.stream().filter(Ports::listening).toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("ports " + busy + " are in use: a stack is running already; stop it "
                    + "(./gridline down) or measure it with --attach");
        }
        Files.createDirectories(var);
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dgridline.root=" + root.toAbsolutePath(), "-Dgridline.var=" + var.toAbsolutePath(),
                "-cp", classpath, "city.gridline.localstack.GridlineStack", "up");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(var.resolve("launcher.log").toFile());
        builder.environment().putAll(environment);
        LocalStack stack = new LocalStack(builder.start(), var.resolve("run"));
        try {
            stack.awaitReady(apiKey, readyWithin);
        } catch (RuntimeException notReady) {
            stack.close();
            throw notReady;
        }
        return stack;
    }

    static LocalStack attach(Path runDirectory) {
        return new LocalStack(null, runDirectory);
    }

    boolean started() {
        return launcher != null;
    }

    /** Every process of the stack by the name of its pid file (kafka, mongo, intake-service …), launcher first. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (!Files.isDirectory(runDirectory)) {
            return pids;
        }
        try (Stream<Path> files = Files.list(runDirectory)) {
            List<Path> pidFiles = new ArrayList<>(files.filter(f -> f.toString().endsWith(".pid")).sorted().toList());
            for (Path file : pidFiles) {
                String name = file.getFileName().toString().replace(".pid", "");
                pids.put(name, Long.parseLong(Files.readString(file).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pids;
    }

    private void awaitReady(Optional<String> apiKey, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        var executor = Executors.newSingleThreadExecutor();
        try {
            for (int port = 8081; port <= 8084; port++) {
                GridlineClient service = new GridlineClient(URI.create("http://localhost:" + port), apiKey,
                        Duration.ofSeconds(2), executor);
                while (!service.answersOk("/actuator/health/readiness")) {
                    if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("the stack did not get ready (service on port " + port
                                + "); see " + runDirectory.resolveSibling("launcher.log") + " and "
                                + runDirectory.resolveSibling("logs"));
                    }
                    Thread.sleep(1_000);
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }

    /** Stops a stack this benchmark started (the launcher's shutdown hook stops its processes); leaves one attached to. */
    @Override
    public void close() throws InterruptedException {
        if (launcher == null) {
            return;
        }
        launcher.destroy();
        if (!launcher.waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
            launcher.destroyForcibly().waitFor();
            System.err.println("the launcher did not stop within " + STOP_WITHIN + "; ./gridline down with "
                    + "-Dgridline.var=" + runDirectory.getParent() + " stops what is left");
        }
    }
}
