package city.gridline.bench.load;

import city.gridline.bench.TextTable;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run's figures as text: the Markdown of {@code var/bench/load.md} (also printed). */
final class LoadReport {

    private LoadReport() {
    }

    static String markdown(String heading, List<String> context, LoadResults results,
                           Map<String, ResidentMemory.Peak> memory, List<JfrHotspots.Profile> profiles) {
        StringBuilder md = new StringBuilder("# ").append(heading).append("\n\n");
        context.forEach(line -> md.append(line).append("  \n"));
        md.append(String.format(Locale.ROOT, "%n**Sustained while sending: %.1f accepted/s, %.1f dispatched or "
                + "transferred/s.** Acceptance → dispatched p99: **%s ms**.%n%n", results.acceptedPerSecond,
                results.decidedPerSecond, Percentiles.millis(hop(results, "**accepted").percentiles().p99Millis())));

        md.append("## Latency\n\n");
        TextTable latency = new TextTable(new String[] {"from → to", "reports", "p50 ms", "p95 ms", "p99 ms",
                "max ms"}, 0);
        for (LoadResults.Hop hop : results.hops) {
            Percentiles p = hop.percentiles();
            latency.add(hop.what(), Integer.toString(p.samples()), Percentiles.millis(p.p50Millis()),
                    Percentiles.millis(p.p95Millis()), Percentiles.millis(p.p99Millis()),
                    Percentiles.millis(p.maxMillis()));
        }
        md.append(latency.markdown()).append("\nStage times are when the benchmark's consumer saw the event on the "
                + "broker; \"sent\" is when the request left the load generator.\n\n");

        md.append("## Outcomes\n\n");
        TextTable outcomes = new TextTable(new String[] {"reports", "count"}, 0);
        results.outcomes.forEach(o -> outcomes.add(o.what().replace("  ", "… "), Long.toString(o.count())));
        md.append(outcomes.markdown()).append('\n');
        if (results.errors.isEmpty()) {
            md.append("Errors: none.\n\n");
        } else {
            TextTable errors = new TextTable(new String[] {"error", "count"}, 0);
            results.errors.forEach((kind, count) -> errors.add(kind, Integer.toString(count)));
            md.append("Errors by kind:\n\n").append(errors.markdown()).append('\n');
        }
        Percentiles late = results.senderLateness;
        md.append(String.format(Locale.ROOT, "Load generator lateness (sent − due): p50 %s ms, p99 %s ms, max %s ms."
                + "%n%n", Percentiles.millis(late.p50Millis()), Percentiles.millis(late.p99Millis()),
                Percentiles.millis(late.maxMillis())));

        md.append("## Throughput over time\n\n");
        TextTable windows = new TextTable(new String[] {"from s", "sent/s", "accepted/s", "dispatched/s",
                "accepted → dispatched p50 ms", "p95 ms", "p99 ms"});
        for (LoadResults.Window window : results.windows) {
            int from = window.fromSecond();
            Percentiles p = window.acceptedToDecided();
            windows.add(Integer.toString(from), rate(results.sentEachSecond, from), rate(results.acceptedEachSecond, from),
                    rate(results.decidedEachSecond, from), Percentiles.millis(p.p50Millis()),
                    Percentiles.millis(p.p95Millis()), Percentiles.millis(p.p99Millis()));
        }
        md.append(windows.markdown()).append("\nPlot: `load.png`.\n\n");

        md.append("## Resident memory\n\n");
        TextTable rss = new TextTable(new String[] {"process", "pid", "max VmRSS MiB", "VmHWM MiB", "samples"}, 0);
        memory.forEach((name, peak) -> rss.add(name, Long.toString(peak.pid()), mib(peak.maxRssKib()),
                mib(peak.hwmKib()), Integer.toString(peak.samples())));
        md.append(rss.markdown()).append('\n');

        if (!profiles.isEmpty()) {
            md.append("## Profiles (JFR, the measured run and its drain only)\n\n");
            TextTable overview = new TextTable(new String[] {"process", "mean CPU, % of the machine",
                    "execution samples"}, 0);
            profiles.stream().filter(p -> p.samples() > 0).forEach(p -> overview.add(p.process(),
                    Double.isNaN(p.cpuShare()) ? "–" : String.format(Locale.ROOT, "%.0f", 100 * p.cpuShare()),
                    Long.toString(p.samples())));
            md.append(overview.markdown()).append('\n');
            for (JfrHotspots.Profile profile : profiles) {
                if (profile.samples() == 0) {
                    continue;
                }
                md.append("**").append(profile.process()).append("** — ").append(profile.samples())
                        .append(" samples (`").append(profile.file().getFileName()).append("`)\n\n");
                TextTable components = new TextTable(new String[] {"working for", "samples", "top frame", "samples "},
                        0, 2);
                int rows = Math.max(profile.byComponent().size(), profile.topFrames().size());
                for (int i = 0; i < rows; i++) {
                    Map.Entry<String, Long> component = i < profile.byComponent().size()
                            ? profile.byComponent().get(i) : null;
                    Map.Entry<String, Long> frame = i < profile.topFrames().size() ? profile.topFrames().get(i) : null;
                    components.add(component == null ? "" : "`" + component.getKey() + "`",
                            component == null ? "" : component.getValue().toString(),
                            frame == null ? "" : "`" + frame.getKey() + "`",
                            frame == null ? "" : frame.getValue().toString());
                }
                md.append(components.markdown()).append('\n');
            }
        }
        return md.toString();
    }

    private static LoadResults.Hop hop(LoadResults results, String prefix) {
        return results.hops.stream().filter(h -> h.what().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static String rate(int[] perSecond, int from) {
        int sum = 0;
        int seconds = 0;
        for (int s = from; s < Math.min(perSecond.length, from + LoadResults.WINDOW_SECONDS); s++) {
            sum += perSecond[s];
            seconds++;
        }
        return seconds == 0 ? "–" : String.format(Locale.ROOT, "%.1f", (double) sum / seconds);
    }

    private static String mib(long kib) {
        return String.format(Locale.ROOT, "%,.0f", kib / 1024.0);
    }
}
