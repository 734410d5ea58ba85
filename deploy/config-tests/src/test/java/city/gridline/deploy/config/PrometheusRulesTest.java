package city.gridline.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The rules of deploy/prometheus/rules and their unit tests in deploy/prometheus/tests. */
class PrometheusRulesTest {

    private static final Path TESTS = Repo.path("deploy/prometheus/tests");

    private final List<ServiceConfig> services = ServiceConfig.all();
    private final MetricCatalogue catalogue = MetricCatalogue.load();

    @Test
    void everyAlertHasAUnitTestInWhichItFires() throws IOException {
        Set<String> alerts = new TreeSet<>(MetricCatalogue.rules("alert").stream()
                .map(rule -> Yamls.stringAt(rule, "alert")).toList());
        Set<String> firing = new TreeSet<>();
        Set<String> tested = new TreeSet<>();
        for (Path file : testFiles()) {
            Map<String, Object> tests = Repo.yamlMap(file);
            Yamls.listAt(tests, "rule_files").forEach(rules ->
                    assertThat(file.resolveSibling(Yamls.string(rules)).normalize()).as("%s", file).isRegularFile());
            for (Object test : Yamls.listAt(tests, "tests")) {
                Object alertTests = Yamls.get(test, "alert_rule_test");
                if (alertTests == null) {
                    continue;
                }
                for (Object alertTest : Yamls.list(alertTests)) {
                    String alert = Yamls.stringAt(alertTest, "alertname");
                    tested.add(alert);
                    if (!Yamls.listAt(alertTest, "exp_alerts").isEmpty()) {
                        firing.add(alert);
                    }
                }
            }
        }
        assertThat(alerts).isNotEmpty();
        assertThat(firing).as("alerts with a test in which they fire").isEqualTo(alerts);
        assertThat(tested).as("alerts tested").isEqualTo(alerts);
    }

    @Test
    void everyAlertHasASeverityASummaryAndADescription() {
        assertThat(MetricCatalogue.rules("alert")).allSatisfy(rule -> {
            assertThat(Yamls.stringAt(rule, "labels", "severity")).isIn("critical", "warning");
            assertThat(Yamls.mapAt(rule, "annotations")).containsKeys("summary", "description");
        });
    }

    @Test
    void alertsOnScrapeTargetsNameEveryServiceJob() {
        Set<String> jobs = new TreeSet<>(services.stream().map(ServiceConfig::name).toList());
        Pattern jobMatcher = Pattern.compile("up\\{job=~\"([^\"]+)\"}");
        Pattern absent = Pattern.compile("absent\\(up\\{job=\"([^\"]+)\"}\\)");
        int alternations = 0;
        for (Map<String, Object> rule : MetricCatalogue.rules("alert")) {
            String expression = Yamls.stringAt(rule, "expr");
            Matcher matcher = jobMatcher.matcher(expression);
            while (matcher.find()) {
                alternations++;
                assertThat(new TreeSet<>(List.of(matcher.group(1).split("\\|")))).as(Yamls.stringAt(rule, "alert"))
                        .isEqualTo(jobs);
            }
            Set<String> absentJobs = new TreeSet<>();
            Matcher absentMatcher = absent.matcher(expression);
            while (absentMatcher.find()) {
                absentJobs.add(absentMatcher.group(1));
            }
            if (!absentJobs.isEmpty()) {
                assertThat(absentJobs).as(Yamls.stringAt(rule, "alert")).isEqualTo(jobs);
            }
        }
        assertThat(alternations).isPositive();
    }

    @Test
    void rulesReadOnlyCatalogueMetricsAndTheirLabels() {
        List<String> problems = new ArrayList<>();
        for (String kind : List.of("record", "alert")) {
            for (Map<String, Object> rule : MetricCatalogue.rules(kind)) {
                problems.addAll(catalogue.problems(Yamls.stringAt(rule, "expr"), kind + " " + Yamls.stringAt(rule, kind)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void recordedSeriesAreNamedLevelMetricOperations() {
        assertThat(catalogue.recorded()).isNotEmpty().allSatisfy((name, labels) -> {
            String[] parts = name.split(":");
            assertThat(parts).as(name).hasSize(3);
            assertThat(labels).as("labels kept by %s", name).containsAll(List.of(parts[0].split("_")));
        });
    }

    private static List<Path> testFiles() throws IOException {
        try (Stream<Path> files = Files.list(TESTS)) {
            return files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        }
    }
}
