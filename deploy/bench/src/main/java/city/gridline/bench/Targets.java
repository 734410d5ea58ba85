package city.gridline.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The targets for the CellIndex, checked against what was measured: at least 50 times PostGIS's
 * throughput at every size and concurrency, throughput at the largest layer within a factor of 2 of the smallest,
 * under 300 MB of heap for the largest layer, and the same answer as every other engine for every point.
 */
final class Targets {

    static final double MIN_TIMES_POSTGIS = 50;
    static final double MAX_SLOWDOWN = 2;
    static final long MAX_HEAP_BYTES = 300_000_000L;

    private record Rate(int cells, int threads, double cellIndex, double postgis) {
    }

    private final List<Rate> rates = new ArrayList<>();
    private final Map<Integer, Long> heapByCells = new TreeMap<>();
    private final Map<Integer, Integer> mismatchesByCells = new TreeMap<>();

    void record(int cells, int threads, double cellIndexRate, double postgisRate) {
        rates.add(new Rate(cells, threads, cellIndexRate, postgisRate));
    }

    void recordHeap(int cells, long bytes) {
        heapByCells.put(cells, bytes);
    }

    void recordMismatches(int cells, int count) {
        mismatchesByCells.put(cells, count);
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        Rate weakest = rates.stream().min(Comparator.comparingDouble(rate -> rate.cellIndex() / rate.postgis()))
                .orElseThrow();
        double lowest = weakest.cellIndex() / weakest.postgis();
        lines.add(String.format("CellIndex >= %.0fx PostGIS at every size: %s (lowest %,.0fx, at %,d cells on %d thread(s))",
                MIN_TIMES_POSTGIS, verdict(lowest >= MIN_TIMES_POSTGIS), lowest, weakest.cells(), weakest.threads()));
        int smallest = rates.stream().mapToInt(Rate::cells).min().orElseThrow();
        int largest = rates.stream().mapToInt(Rate::cells).max().orElseThrow();
        StringBuilder scaling = new StringBuilder();
        boolean scales = true;
        for (Rate small : rates.stream().filter(rate -> rate.cells() == smallest).toList()) {
            Rate large = rates.stream().filter(rate -> rate.cells() == largest && rate.threads() == small.threads())
                    .findFirst().orElseThrow();
            double slowdown = small.cellIndex() / large.cellIndex();
            scales &= slowdown <= MAX_SLOWDOWN;
            scaling.append(String.format("%s%d thread(s) %,.0f -> %,.0f lookups/s, %.2fx slower",
                    scaling.length() == 0 ? "" : "; ", small.threads(), small.cellIndex(), large.cellIndex(), slowdown));
        }
        lines.add(String.format("CellIndex at %,d cells within %.0fx of its throughput at %,d: %s (%s)", largest,
                MAX_SLOWDOWN, smallest, verdict(scales), scaling));
        long heap = heapByCells.get(largest);
        lines.add(String.format("CellIndex heap at %,d cells under %s: %s (%s)", largest,
                ResultRow.megabytes(MAX_HEAP_BYTES), verdict(heap < MAX_HEAP_BYTES), ResultRow.megabytes(heap)));
        int mismatches = mismatchesByCells.values().stream().mapToInt(Integer::intValue).sum();
        lines.add(String.format("Identical answers from CellIndex, STRtree and PostGIS (1 and 2 clients) for every"
                + " point: %s (%,d points differ)", verdict(mismatches == 0), mismatches));
        return lines;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT MET";
    }
}
