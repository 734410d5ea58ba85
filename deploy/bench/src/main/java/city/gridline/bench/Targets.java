package city.gridline.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The targets for the CellIndex, checked against what was measured, for each way of asking it (one point
 * at a time, batched): at least 50 times PostGIS's throughput at every size and concurrency, throughput at the
 * largest layer within a factor of 2 of the smallest (in look-ups per second, and in CPU time per look-up on one
 * thread, in this JVM and as the median over fresh ones), under 300 MB of heap for the largest layer, and the same
 * answer as every other engine for every point.
 */
final class Targets {

    static final double MIN_TIMES_POSTGIS = 50;
    static final double MAX_SLOWDOWN = 2;
    static final long MAX_HEAP_BYTES = 300_000_000L;

    private record Rate(String engine, int cells, int threads, double cellIndex, double postgis) {
    }

    private final List<Rate> rates = new ArrayList<>();
    private final Map<Integer, LookupCpuTime> cpuTimeByCells = new TreeMap<>();
    private final Map<Integer, LookupCpuTime> centreCpuTimeByCells = new TreeMap<>();
    private final List<Map<Integer, CpuTimeForks.Nanos>> forks = new ArrayList<>();
    private final Map<Integer, Long> heapByCells = new TreeMap<>();
    private final Map<Integer, Integer> mismatchesByCells = new TreeMap<>();

    void record(String engine, int cells, int threads, double cellIndexRate, double postgisRate) {
        rates.add(new Rate(engine, cells, threads, cellIndexRate, postgisRate));
    }

    void recordCpuTime(int cells, LookupCpuTime cpuTime) {
        cpuTimeByCells.put(cells, cpuTime);
    }

    /**
     * CPU time per look-up of points beside cell centres, which need no geometry: not a target; what the memory
     * reads alone add at a large layer.
     */
    void recordCentreCpuTime(int cells, LookupCpuTime cpuTime) {
        centreCpuTimeByCells.put(cells, cpuTime);
    }

    void recordForks(List<Map<Integer, CpuTimeForks.Nanos>> measured) {
        forks.addAll(measured);
    }

    void recordHeap(int cells, long bytes) {
        heapByCells.put(cells, bytes);
    }

    void recordMismatches(int cells, int count) {
        mismatchesByCells.put(cells, count);
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        int smallest = rates.stream().mapToInt(Rate::cells).min().orElseThrow();
        int largest = rates.stream().mapToInt(Rate::cells).max().orElseThrow();
        Set<String> engines = new LinkedHashSet<>();
        rates.forEach(rate -> engines.add(rate.engine()));
        for (String engine : engines) {
            List<Rate> ofEngine = rates.stream().filter(rate -> rate.engine().equals(engine)).toList();
            Rate weakest = ofEngine.stream().min(Comparator.comparingDouble(rate -> rate.cellIndex() / rate.postgis()))
                    .orElseThrow();
            double lowest = weakest.cellIndex() / weakest.postgis();
            lines.add(String.format("%s >= %.0fx PostGIS at every size: %s (lowest %,.0fx, at %,d cells on %d"
                            + " thread(s))", engine, MIN_TIMES_POSTGIS, verdict(lowest >= MIN_TIMES_POSTGIS), lowest,
                    weakest.cells(), weakest.threads()));
            StringBuilder scaling = new StringBuilder();
            boolean scales = true;
            for (Rate small : ofEngine.stream().filter(rate -> rate.cells() == smallest).toList()) {
                Rate large = ofEngine.stream()
                        .filter(rate -> rate.cells() == largest && rate.threads() == small.threads())
                        .findFirst().orElseThrow();
                double slowdown = small.cellIndex() / large.cellIndex();
                scales &= slowdown <= MAX_SLOWDOWN;
                scaling.append(String.format("%s%d thread(s) %,.0f -> %,.0f lookups/s, %.2fx slower",
                        scaling.length() == 0 ? "" : "; ", small.threads(), small.cellIndex(), large.cellIndex(),
                        slowdown));
            }
            lines.add(String.format("%s at %,d cells within %.0fx of its throughput at %,d: %s (%s)", engine, largest,
                    MAX_SLOWDOWN, smallest, verdict(scales), scaling));
        }
        LookupCpuTime small = cpuTimeByCells.get(smallest);
        LookupCpuTime large = cpuTimeByCells.get(largest);
        double singleSlowdown = large.singleNanos() / small.singleNanos();
        double batchedSlowdown = large.batchedNanos() / small.batchedNanos();
        lines.add(String.format("CPU time per look-up, one thread, in this JVM, at %,d cells within %.0fx of that"
                        + " at %,d: one point at a time %s (%.0f -> %.0f ns, %.2fx), batched %s (%.0f -> %.0f ns,"
                        + " %.2fx)%s",
                largest, MAX_SLOWDOWN, smallest, verdict(singleSlowdown <= MAX_SLOWDOWN), small.singleNanos(),
                large.singleNanos(), singleSlowdown, verdict(batchedSlowdown <= MAX_SLOWDOWN), small.batchedNanos(),
                large.batchedNanos(), batchedSlowdown,
                forks.isEmpty() ? "" : "; this JVM's history moves it: the median over fresh JVMs below decides"));
        LookupCpuTime smallCentres = centreCpuTimeByCells.get(smallest);
        LookupCpuTime largeCentres = centreCpuTimeByCells.get(largest);
        lines.add(String.format("(For comparison, not a target: the same for cell-centre points, which need no"
                        + " geometry: one point at a time %.0f -> %.0f ns, %.2fx; batched %.0f -> %.0f ns, %.2fx)",
                smallCentres.singleNanos(), largeCentres.singleNanos(),
                largeCentres.singleNanos() / smallCentres.singleNanos(), smallCentres.batchedNanos(),
                largeCentres.batchedNanos(), largeCentres.batchedNanos() / smallCentres.batchedNanos()));
        if (!forks.isEmpty()) {
            double[] batched = forkRatios(smallest, largest, CpuTimeForks.Nanos::batched);
            double[] single = forkRatios(smallest, largest, CpuTimeForks.Nanos::single);
            double[] centres = forkRatios(smallest, largest, CpuTimeForks.Nanos::centreBatched);
            lines.add(String.format("CPU time per look-up at %,d cells within %.0fx of that at %,d, median over %d"
                            + " fresh JVMs: one point at a time %s (%.2fx, %.2f-%.2fx), batched %s (%.2fx, %.2f-%.2fx);"
                            + " cell-centre points, batched, for comparison: %.2fx, %.2f-%.2fx", largest,
                    MAX_SLOWDOWN, smallest, forks.size(), verdict(single[single.length / 2] <= MAX_SLOWDOWN),
                    single[single.length / 2], single[0], single[single.length - 1],
                    verdict(batched[batched.length / 2] <= MAX_SLOWDOWN), batched[batched.length / 2], batched[0],
                    batched[batched.length - 1], centres[centres.length / 2], centres[0],
                    centres[centres.length - 1]));
        }
        long heap = heapByCells.get(largest);
        lines.add(String.format("CellIndex heap at %,d cells under %s: %s (%s)", largest,
                ResultRow.megabytes(MAX_HEAP_BYTES), verdict(heap < MAX_HEAP_BYTES), ResultRow.megabytes(heap)));
        int mismatches = mismatchesByCells.values().stream().mapToInt(Integer::intValue).sum();
        lines.add(String.format("Identical answers from CellIndex (single and batched), STRtree and PostGIS (1 and 2"
                + " clients) for every point: %s (%,d points differ)", verdict(mismatches == 0), mismatches));
        return lines;
    }

    /** The ratios largest / smallest of one measure, one per fork, sorted. */
    private double[] forkRatios(int smallest, int largest, ToDoubleFunction<CpuTimeForks.Nanos> measure) {
        return forks.stream()
                .mapToDouble(fork -> measure.applyAsDouble(fork.get(largest))
                        / measure.applyAsDouble(fork.get(smallest)))
                .sorted().toArray();
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT MET";
    }
}
