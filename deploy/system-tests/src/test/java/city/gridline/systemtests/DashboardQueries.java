package city.gridline.systemtests;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every PromQL expression of deploy/grafana/dashboards as Prometheus can run it: each panel's queries and each
 * template variable's {@code label_values(…)} series, with Grafana's variables replaced — intervals by {@code 1m},
 * the dashboard's range by {@code 1h}, a label variable by {@code .*} (its "All").
 */
final class DashboardQueries {

    static final Path DASHBOARDS = Path.of(System.getProperty("gridline.root", "../.."))
            .resolve("deploy/grafana/dashboards");

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.+),\\s*\\w+\\)");

    private DashboardQueries() {
    }

    /** Where → expression, e.g. {@code services.json "CPU" A} → {@code process_cpu_usage{application=~".*"}}. */
    static Map<String, String> all() {
        Map<String, String> queries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            files.filter(file -> file.toString().endsWith(".json")).sorted().forEach(file -> {
                JsonNode dashboard = read(file);
                String name = file.getFileName().toString();
                dashboard.path("templating").path("list").forEach(variable -> {
                    Matcher labelValues = LABEL_VALUES.matcher(variable.path("query").asString());
                    if (labelValues.matches()) {
                        queries.put(name + " variable $" + variable.path("name").asString(),
                                resolve(labelValues.group(1)));
                    }
                });
                dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target -> queries.put(
                        name + " \"" + panel.path("title").asString() + "\" " + target.path("refId").asString(),
                        resolve(target.path("expr").asString()))));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    static String resolve(String expression) {
        return expression.replace("$__rate_interval", "1m").replace("$__interval", "1m")
                .replace("$__range", "1h").replaceAll("\\$\\{?\\w+}?", ".*");
    }

    private static JsonNode read(Path file) {
        try {
            return StackClient.JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
