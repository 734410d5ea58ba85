package city.gridline.systemtests;

import city.gridline.localstack.GridlineServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboards and recording rules read live data: a real Prometheus scrapes the four services while a few
 * hundred reports go through every intake channel and one case is worked to its call-back, a message is
 * dead-lettered and a case runs overdue; then every dashboard query and every recording rule must return at least
 * one series, and every gridline_* series must be one the metric catalogue lists (deploy/config-tests checks the
 * queries against that catalogue). Alert expressions are left to promtool's unit tests: when all is well they return
 * nothing.
 * Needs {@code prometheus} on PATH (Debian's package; deploy/prometheus/install-promtool); skipped without.
 */
@EnabledIf(value = "prometheusIsInstalled",
        disabledReason = "prometheus is not on PATH (deploy/prometheus/install-promtool installs Debian's package)")
class LiveMetricsIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int CLIENTS = 6;

    @RegisterExtension
    static final SharedStack STACK = new SharedStack();

    private static LivePrometheus prometheus;
    private final StackClient client = new StackClient(STACK);

    /** Decided before the stack starts: without Prometheus there is nothing to check. */
    static boolean prometheusIsInstalled() {
        return LivePrometheus.binary().isPresent();
    }

    @BeforeAll
    static void startPrometheus() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        GridlineServices.MODULES.forEach(module -> ports.put(module, STACK.port(module)));
        prometheus = LivePrometheus.start(LivePrometheus.binary().orElseThrow(),
                Path.of("target", "live-metrics-it", "prometheus"), ports);
        await().atMost(WAIT).until(prometheus::isReady);
    }

    @AfterAll
    static void stopPrometheus() {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @Test
    void everyDashboardQueryAndRecordingRuleReturnsSeries() {
        long start = System.nanoTime();
        driveTraffic();
        long traffic = System.nanoTime();

        Map<String, String> expressions = new LinkedHashMap<>(DashboardQueries.all());
        Map<String, String> rules = recordingRules();
        assertThat(rules).as("recording rules Prometheus loaded").hasSize(LivePrometheus.recordingRulesInFiles());
        rules.forEach((name, expression) -> expressions.put("rule " + name, expression));

        // Until the last events have been scraped twice, a rate over them may still be missing: ask again meanwhile.
        Map<String, Integer> series = new LinkedHashMap<>();
        try {
            await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                expressions.forEach((where, expression) -> series.put(where, prometheus.query(expression).size()));
                assertThat(emptyOf(series, expressions)).as("expressions without a series").isEmpty();
            });
        } finally {
            print(series);
        }
        System.out.printf("LiveMetricsIT: %d expressions, traffic %d s, until all had series %d s%n", series.size(),
                Duration.ofNanos(traffic - start).toSeconds(), Duration.ofNanos(System.nanoTime() - traffic).toSeconds());
        assertThat(unhealthyRules()).as("rules Prometheus could not evaluate").isEmpty();
        assertThat(offCatalogue()).as("series and label values the metric catalogue does not list").isEmpty();
    }

    /** Every gridline_* series scraped, checked against the catalogue the config tests check the queries with. */
    private static List<String> offCatalogue() {
        MetricCatalogue catalogue = MetricCatalogue.load();
        List<String> problems = new ArrayList<>();
        JsonNode scraped = prometheus.query("{__name__=~\"gridline_.*\"}");
        assertThat(scraped.size()).as("gridline_* series scraped").isPositive();
        scraped.forEach(series -> catalogue.problems(series.path("metric")).stream()
                .filter(problem -> !problems.contains(problem))
                .forEach(problems::add));
        return problems;
    }

    private void driveTraffic() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(prometheus.activeTargets())
                .allSatisfy(target -> assertThat(target.path("health").asString()).as(target.path("scrapeUrl")
                        .asString()).isEqualTo("up")).hasSize(GridlineServices.MODULES.size()));
        ReportTraffic reports = new ReportTraffic(client);
        String first = reports.hotline12319();
        List<Runnable> submissions = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            submissions.add(reports::hotline12319);
        }
        for (int i = 0; i < 60; i++) {
            submissions.add(reports::hotline12345);
            submissions.add(reports::field);
        }
        for (int i = 0; i < 10; i++) {
            submissions.add(reports::police110);
            submissions.add(reports::open311);
            submissions.add(reports::outsideTheDistrict);
        }
        inParallel(submissions);
        reports.repeatOf(0);
        reports.invalid();

        String caseNumber = awaitCaseOf(first);
        new CaseWalkthrough(client).closeAndCallBack(caseNumber);
        client.get("notification-service", "/api/v1/assessment?groupBy=street");
        BrokerTraffic broker = new BrokerTraffic(STACK.infrastructure().kafkaBootstrapServers());
        broker.poisonReportsReceived();
        String overdue = broker.overdueCopyOf(awaitCaseOf(reports.hotline12319()), WAIT);
        // 404 until the dispatch has arrived; then overdue, escalated to the first step at the next watch.
        await().atMost(WAIT).untilAsserted(() -> assertThat(client.get("notification-service",
                "/api/v1/cases/" + overdue + "/deadline").path("escalation").asString()).isEqualTo("CHASE"));
        System.out.printf("LiveMetricsIT: %d reports submitted, case %s closed, case %s overdue%n",
                reports.submitted(), caseNumber, overdue);
    }

    /** As several clients would send: a handful at a time. Fails with the first submission that failed. */
    private static void inParallel(List<Runnable> submissions) {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> sent = submissions.stream().<Future<?>>map(clients::submit).toList();
            for (Future<?> submission : sent) {
                submission.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AssertionError failure ? failure : new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            clients.shutdownNow();
        }
    }

    private String awaitCaseOf(String reportId) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(client.get("intake-service", "/api/v1/reports/" + reportId)
                .path("status").asString()).isEqualTo("DISPATCHED"));
        return client.get("intake-service", "/api/v1/reports/" + reportId).path("caseNumber").asString();
    }

    /** Each recording rule Prometheus loaded, by its name and labels (one name may record several quantiles). */
    private static Map<String, String> recordingRules() {
        Map<String, String> rules = new LinkedHashMap<>();
        prometheus.ruleGroups().forEach(group -> group.path("rules").forEach(rule -> {
            if (rule.path("type").asString().equals("recording")) {
                rules.put(rule.path("name").asString() + rule.path("labels").toString(), rule.path("query").asString());
            }
        }));
        return rules;
    }

    private static List<String> unhealthyRules() {
        List<String> unhealthy = new ArrayList<>();
        prometheus.ruleGroups().forEach(group -> group.path("rules").forEach(rule -> {
            if (!rule.path("health").asString().equals("ok")) {
                unhealthy.add(rule.path("name").asString() + ": " + rule.path("lastError").asString());
            }
        }));
        return unhealthy;
    }

    private static List<String> emptyOf(Map<String, Integer> series, Map<String, String> expressions) {
        return series.entrySet().stream().filter(entry -> entry.getValue() == 0)
                .map(entry -> entry.getKey() + ": " + expressions.get(entry.getKey())).toList();
    }

    private static void print(Map<String, Integer> series) {
        int width = series.keySet().stream().mapToInt(String::length).max().orElse(10);
        StringBuilder table = new StringBuilder("LiveMetricsIT: series per expression\n");
        series.forEach((where, count) -> table.append(String.format("  %-" + width + "s %5d%n", where, count)));
        System.out.print(table);
    }
}
