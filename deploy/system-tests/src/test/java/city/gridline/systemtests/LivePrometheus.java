package city.gridline.systemtests;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Prometheus process (Debian's package) that scrapes the shared stack every second and evaluates the real
 * rules every second. Its configuration is deploy/prometheus/prometheus.yml with only what must differ changed: the
 * intervals, each job's target (the service's port in this run) and the rule files' absolute paths.
 */
final class LivePrometheus implements AutoCloseable {

    static final Path DEPLOY_PROMETHEUS = Path.of(System.getProperty("gridline.root", "../.."))
            .resolve("deploy/prometheus").toAbsolutePath().normalize();

    private final Process process;
    private final int port;

    private LivePrometheus(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Optional<Path> binary() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "prometheus"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Starts Prometheus on a free loopback port with its data and log under {@code directory}. */
    static LivePrometheus start(Path binary, Path directory, Map<String, Integer> servicePorts) {
        try {
            Files.createDirectories(directory);
            Path config = directory.resolve("prometheus.yml");
            Files.writeString(config, configuration(servicePorts));
            int port = SharedStack.freePort();
            Process process = new ProcessBuilder(binary.toString(),
                    "--config.file=" + config,
                    "--storage.tsdb.path=" + directory.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("prometheus.log").toFile())
                    .start();
            return new LivePrometheus(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** deploy/prometheus/prometheus.yml, scraping the given ports every second. */
    @SuppressWarnings("unchecked")
    static String configuration(Map<String, Integer> servicePorts) throws IOException {
        Map<String, Object> config = new Yaml().load(Files.readString(DEPLOY_PROMETHEUS.resolve("prometheus.yml")));
        config.put("global", new LinkedHashMap<>(Map.of("scrape_interval", "1s", "scrape_timeout", "1s",
                "evaluation_interval", "1s")));
        List<String> ruleFiles = new ArrayList<>();
        for (String pattern : (List<String>) config.get("rule_files")) {
            ruleFiles.add(DEPLOY_PROMETHEUS.resolve(pattern).toString());
        }
        config.put("rule_files", ruleFiles);
        for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
            Integer port = servicePorts.get((String) job.get("job_name"));
            if (port == null) {
                throw new IllegalStateException("no service for job " + job.get("job_name"));
            }
            job.put("static_configs", List.of(Map.of("targets", List.of("localhost:" + port))));
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(config);
    }

    /** How many recording rules the rule files hold ({@code - record:} entries). */
    static int recordingRulesInFiles() {
        try (Stream<Path> files = Files.list(DEPLOY_PROMETHEUS.resolve("rules"))) {
            return Math.toIntExact(files.filter(file -> file.toString().endsWith(".yml"))
                    .flatMap(LivePrometheus::lines)
                    .filter(line -> line.strip().startsWith("- record:")).count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isReady() {
        return process.isAlive() && StackClient.sendQuietly(HttpRequest.newBuilder(uri("/-/ready")).build())
                .map(response -> response.statusCode() == 200).orElse(false);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** An instant query; answers the result vector (empty when the expression returns no series). */
    JsonNode query(String expression) {
        JsonNode body = api("/api/v1/query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8));
        return body.path("data").path("result");
    }

    /** The rule groups Prometheus loaded, with each rule's expression and health. */
    JsonNode ruleGroups() {
        return api("/api/v1/rules").path("data").path("groups");
    }

    /** Every scrape target with its health. */
    JsonNode activeTargets() {
        return api("/api/v1/targets").path("data").path("activeTargets");
    }

    private JsonNode api(String path) {
        HttpResponse<String> response = StackClient.send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(10)).build());
        JsonNode body = StackClient.JSON.readTree(response.body());
        if (response.statusCode() != 200 || !body.path("status").asString().equals("success")) {
            throw new AssertionError(path + ": " + response.body());
        }
        return body;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
