package city.gridline.systemtests;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gridline_* series the dashboards and rules may read, as deploy/config-tests' metric catalogue
 * (src/test/resources/metrics.yml) lists them: each metric's labels and, where they are a closed set, their values.
 * The config tests check every query against it; this checks it against what the services really expose.
 */
final class MetricCatalogue {

    static final Path FILE = Path.of(System.getProperty("gridline.root", "../.."))
            .resolve("deploy/config-tests/src/test/resources/metrics.yml");

    private static final Set<String> SCRAPE_LABELS = Set.of("__name__", "application", "instance", "job");

    /** Metric → label → its values, or null where any value goes. */
    private final Map<String, Map<String, List<String>>> metrics;

    private MetricCatalogue(Map<String, Map<String, List<String>>> metrics) {
        this.metrics = metrics;
    }

    @SuppressWarnings("unchecked")
    static MetricCatalogue load() {
        try {
            Map<String, Object> file = new Yaml().load(Files.readString(FILE));
            Map<String, Map<String, List<String>>> metrics = new LinkedHashMap<>();
            file.forEach((metric, labels) -> {
                Map<String, List<String>> values = new LinkedHashMap<>();
                ((Map<String, Object>) labels).forEach((label, allowed) -> values.put(label, allowed == null ? null
                        : ((List<Object>) allowed).stream().map(String::valueOf).toList()));
                metrics.put(metric, values);
            });
            return new MetricCatalogue(metrics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a scraped series (its {@code metric} object from the query API) has that the catalogue does not list. */
    List<String> problems(JsonNode series) {
        String name = series.path("__name__").asString();
        Map<String, List<String>> labels = metrics.get(name);
        if (labels == null) {
            return List.of(name + " is not in the catalogue");
        }
        List<String> problems = new ArrayList<>();
        series.properties().forEach(label -> {
            if (SCRAPE_LABELS.contains(label.getKey())) {
                return;
            }
            String value = label.getValue().asString();
            if (!labels.containsKey(label.getKey())) {
                problems.add(name + ": label " + label.getKey() + " is not in the catalogue");
            } else if (labels.get(label.getKey()) != null && !labels.get(label.getKey()).contains(value)) {
                problems.add(name + ": " + label.getKey() + "=\"" + value + "\" is not among "
                        + labels.get(label.getKey()));
            }
        });
        return problems;
    }
}
