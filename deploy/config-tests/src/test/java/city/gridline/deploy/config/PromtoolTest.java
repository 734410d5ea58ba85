package city.gridline.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * promtool on deploy/prometheus: the configurations, the rules, the alert unit tests, and every dashboard query
 * (parsed as a recording rule). Needs promtool on PATH (Debian's 'prometheus' package; deploy/prometheus/install-promtool
 * installs it); skipped without.
 */
class PromtoolTest {

    private static final Path PROMETHEUS = Repo.path("deploy/prometheus");

    private static final String MISSING =
            "promtool is not on PATH (run deploy/prometheus/install-promtool)";

    private static Optional<Path> promtool;

    @BeforeAll
    static void findPromtool() {
        promtool = Tools.onPath("promtool");
        if (promtool.isEmpty()) {
            System.err.println("PromtoolTest skipped: " + MISSING);
        }
    }

    @BeforeEach
    void needsPromtool() {
        assumeTrue(promtool.isPresent(), MISSING);
    }

    @Test
    void checkConfig() {
        promtool("check", "config", path("prometheus.yml"), path("prometheus-compose.yml"));
    }

    @Test
    void checkRules() {
        List<String> command = new ArrayList<>(List.of("check", "rules"));
        MetricCatalogue.ruleFiles().forEach(file -> command.add(file.toString()));
        promtool(command.toArray(String[]::new));
    }

    @Test
    void testRules() throws IOException {
        List<String> command = new ArrayList<>(List.of("test", "rules"));
        try (Stream<Path> files = Files.list(PROMETHEUS.resolve("tests"))) {
            files.filter(file -> file.toString().endsWith(".yml")).sorted().forEach(file -> command.add(file.toString()));
        }
        assertThat(command).hasSizeGreaterThan(2);
        promtool(command.toArray(String[]::new));
    }

    @Test
    void everyDashboardQueryIsValidPromQl(@TempDir Path directory) throws IOException {
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboards\n    rules:\n");
        int count = 0;
        for (var dashboard : GrafanaDashboardsTest.dashboards().values()) {
            for (String expression : GrafanaDashboardsTest.expressions(dashboard).values()) {
                String resolved = expression.replace("$__rate_interval", "1m").replace("$__interval", "1m")
                        .replace("$__range", "1h").replaceAll("\\$\\{?\\w+}?", ".*");
                rules.append("      - record: dashboard:query:").append(count++).append('\n')
                        .append("        expr: ").append(JsonNodeFactory.instance.stringNode(resolved)).append('\n');
            }
        }
        assertThat(count).isPositive();
        Path file = directory.resolve("dashboard-queries.yml");
        Files.writeString(file, rules);
        promtool("check", "rules", file.toString());
    }

    private static void promtool(String... arguments) {
        List<String> command = new ArrayList<>(List.of(promtool.orElseThrow().toString()));
        command.addAll(List.of(arguments));
        Tools.Result result = Tools.run(command);
        assertThat(result.exitCode()).as("%s\n%s", String.join(" ", command), result.output()).isZero();
    }

    private static String path(String file) {
        return PROMETHEUS.resolve(file).toString();
    }
}
