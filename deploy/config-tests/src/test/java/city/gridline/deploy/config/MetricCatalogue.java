package city.gridline.deploy.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * The series a PromQL expression may read: those of the metric catalogue (src/test/resources/metrics.yml) with
 * their labels and label values, and those the recording rules of deploy/prometheus/rules record.
 */
final class MetricCatalogue {

    static final Path RULES = Repo.path("deploy/prometheus/rules");

    private static final Set<String> SCRAPE_LABELS = Set.of("application", "instance", "job");
    private static final Pattern ALTERNATION = Pattern.compile("[\\w.+-]+(\\|[\\w.+-]+)*");

    /** Metric → label → its values, or null where any value goes. */
    private final Map<String, Map<String, List<String>>> catalogue = new LinkedHashMap<>();
    /** Recorded series → the labels it keeps. */
    private final Map<String, Set<String>> recorded = new LinkedHashMap<>();

    private MetricCatalogue() {
    }

    static MetricCatalogue load() {
        MetricCatalogue metrics = new MetricCatalogue();
        try (InputStream in = MetricCatalogue.class.getResourceAsStream("/metrics.yml")) {
            Yamls.map(new Yaml().load(in)).forEach((metric, labels) -> {
                Map<String, List<String>> values = new LinkedHashMap<>();
                Yamls.map(labels).forEach((label, allowed) -> values.put(label,
                        allowed == null ? null : Yamls.list(allowed).stream().map(Yamls::string).toList()));
                metrics.catalogue.put(metric, values);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map<String, Object> rule : rules("record")) {
            String expression = Yamls.stringAt(rule, "expr");
            Set<String> labels = new LinkedHashSet<>(PromQl.firstGrouping(expression));
            if (expression.startsWith("histogram_quantile(")) {
                labels.remove("le");
            }
            Object extra = Yamls.get(rule, "labels");
            if (extra != null) {
                labels.addAll(Yamls.map(extra).keySet());
            }
            metrics.recorded.merge(Yamls.stringAt(rule, "record"), labels, (a, b) -> {
                Set<String> union = new LinkedHashSet<>(a);
                union.addAll(b);
                return union;
            });
        }
        return metrics;
    }

    /** Every rule of every rule file that has the given key: "record" or "alert". */
    static List<Map<String, Object>> rules(String kind) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Path file : ruleFiles()) {
            for (Object group : Yamls.listAt(Repo.yamlMap(file), "groups")) {
                for (Object rule : Yamls.listAt(group, "rules")) {
                    if (Yamls.get(rule, kind) != null) {
                        rules.add(Yamls.map(rule));
                    }
                }
            }
        }
        return rules;
    }

    static List<Path> ruleFiles() {
        try (Stream<Path> files = Files.list(RULES)) {
            return files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Set<String>> recorded() {
        return recorded;
    }

    /** The labels a series carries, or null for a series nobody exposes or records. */
    Set<String> labelsOf(String metric) {
        if (recorded.containsKey(metric)) {
            return recorded.get(metric);
        }
        if (catalogue.containsKey(metric)) {
            Set<String> labels = new TreeSet<>(SCRAPE_LABELS);
            labels.addAll(catalogue.get(metric).keySet());
            return labels;
        }
        return null;
    }

    /** What is wrong with the series an expression reads; empty when it reads only known series and labels. */
    List<String> problems(String expression, String where) {
        List<String> problems = new ArrayList<>();
        for (PromQl.Selector selector : PromQl.selectors(expression)) {
            if (selector.metric() == null) {
                problems.add(where + ": a selector without a metric name");
                continue;
            }
            Set<String> labels = labelsOf(selector.metric());
            if (labels == null) {
                problems.add(where + ": reads " + selector.metric()
                        + ", which is neither in the metric catalogue nor recorded by a rule");
                continue;
            }
            for (PromQl.Matcher matcher : selector.matchers()) {
                if (!labels.contains(matcher.label())) {
                    problems.add(where + ": filters " + selector.metric() + " by " + matcher.label()
                            + ", a label it does not have (" + labels + ")");
                    continue;
                }
                List<String> allowed = catalogue.getOrDefault(selector.metric(), Map.of()).get(matcher.label());
                for (String value : literalValues(matcher)) {
                    if (allowed != null && !allowed.contains(value)) {
                        problems.add(where + ": " + selector.metric() + " has no " + matcher.label() + "=\"" + value
                                + "\" (" + allowed + ")");
                    }
                }
            }
        }
        return problems;
    }

    /** The label values a matcher names literally: an equality's value, a plain alternation's alternatives. */
    private static List<String> literalValues(PromQl.Matcher matcher) {
        String value = matcher.value();
        if (value.contains("$")) {
            return List.of();
        }
        if (matcher.operator().equals("=") || matcher.operator().equals("!=")) {
            return List.of(value);
        }
        return ALTERNATION.matcher(value).matches() ? List.of(value.split("\\|")) : List.of();
    }
}
