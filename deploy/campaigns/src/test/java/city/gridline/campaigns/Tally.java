package city.gridline.campaigns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Every request the campaign sent, by service: how many, their statuses, the endpoints reached, the findings. */
final class Tally {

    /** The operation label of a hand-written corpus request, counted in its service's requests only. */
    static final String CORPUS = "corpus ";

    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, Set<String>> operations = new TreeMap<>();
    private final List<String> findings = Collections.synchronizedList(new ArrayList<>());

    synchronized void record(BadRequest request, Answer answer) {
        statuses.computeIfAbsent(request.service(), s -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
        if (!request.operation().startsWith(CORPUS)) {
            operations.computeIfAbsent(request.service(), s -> new TreeSet<>()).add(request.operation());
        }
    }

    /** The endpoints that were sent at least one request, as {@code service METHOD /template}. */
    synchronized Set<String> operationsReached() {
        Set<String> reached = new TreeSet<>();
        operations.forEach((service, labels) -> labels.forEach(label -> reached.add(service + " " + label)));
        return reached;
    }

    void finding(String finding) {
        findings.add(finding);
    }

    List<String> findings() {
        return List.copyOf(findings);
    }

    synchronized int requests() {
        return statuses.values().stream().flatMap(h -> h.values().stream()).mapToInt(Integer::intValue).sum();
    }

    synchronized int serverErrors() {
        return statuses.values().stream().flatMap(h -> h.entrySet().stream())
                .filter(e -> e.getKey() >= 500 || e.getKey() < 0).mapToInt(Map.Entry::getValue).sum();
    }

    synchronized String table() {
        StringBuilder out = new StringBuilder(String.format("%n%-22s %9s %10s %6s  %s%n", "service", "endpoints",
                "requests", "5xx", "statuses"));
        Map<Integer, Integer> all = new TreeMap<>();
        statuses.forEach((service, histogram) -> {
            histogram.forEach((status, n) -> all.merge(status, n, Integer::sum));
            out.append(line(service, operations.getOrDefault(service, Set.of()).size(), histogram));
        });
        out.append(line("all", operations.values().stream().mapToInt(Set::size).sum(), all));
        out.append(String.format("findings: %d%n", findings.size()));
        return out.toString();
    }

    private static String line(String service, int endpoints, Map<Integer, Integer> histogram) {
        int total = histogram.values().stream().mapToInt(Integer::intValue).sum();
        int errors = histogram.entrySet().stream().filter(e -> e.getKey() >= 500 || e.getKey() < 0)
                .mapToInt(Map.Entry::getValue).sum();
        Map<Integer, Integer> sorted = new LinkedHashMap<>(histogram);
        return String.format("%-22s %9d %10d %6d  %s%n", service, endpoints, total, errors, sorted);
    }
}
