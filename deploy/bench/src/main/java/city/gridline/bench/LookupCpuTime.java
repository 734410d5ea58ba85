package city.gridline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import city.gridline.grid.layer.domain.Cell;

/**
 * CPU time per look-up on one thread, the single and the batched look-up of the same index measured alternately
 * in rounds of {@link #LOOKUPS_PER_ROUND}, in batches of {@value InMemoryMeasurement#BATCH} as in the throughput
 * runs. Wall-clock rates on a machine shared with other work move with the competition for the cores; the CPU
 * time the look-up thread itself used does not count the time it waited for a core, and alternating the two
 * paths exposes both to the same disturbances. The paired ratio batched / single of each round shows how
 * consistent the difference is.
 *
 * @param singleNanos  median CPU nanoseconds per single look-up
 * @param batchedNanos median CPU nanoseconds per batched look-up
 * @param ratio        median of the paired ratios batched / single of the rounds
 * @param lowestRatio  the smallest paired ratio among the rounds
 * @param highestRatio the largest
 */
record LookupCpuTime(double singleNanos, double batchedNanos, double ratio, double lowestRatio, double highestRatio, int rounds) {

    static final int LOOKUPS_PER_ROUND = 2_000_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static LookupCpuTime measure(PointLocator single, PointLocator batched, QueryPoints points, int rounds) {
        Cell[] answers = new Cell[points.size()];
        nanosPerLookup(single, points, answers);
        nanosPerLookup(batched, points, answers);
        double[] singleNanos = new double[rounds];
        double[] batchedNanos = new double[rounds];
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            // either path first in turn, in case the order matters
            if (round % 2 == 0) {
                singleNanos[round] = nanosPerLookup(single, points, answers);
                batchedNanos[round] = nanosPerLookup(batched, points, answers);
            } else {
                batchedNanos[round] = nanosPerLookup(batched, points, answers);
                singleNanos[round] = nanosPerLookup(single, points, answers);
            }
            ratios[round] = batchedNanos[round] / singleNanos[round];
        }
        Arrays.sort(ratios);
        return new LookupCpuTime(median(singleNanos), median(batchedNanos), median(ratios), ratios[0],
                ratios[rounds - 1], rounds);
    }

    private static double nanosPerLookup(PointLocator locator, QueryPoints points, Cell[] answers) {
        int batch = InMemoryMeasurement.BATCH;
        int cycle = points.size() - points.size() % batch;
        long found = 0;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int done = 0, i = 0; done < LOOKUPS_PER_ROUND; done += batch) {
            locator.locateAll(points.lon(), points.lat(), i, i + batch, answers);
            found += answers[i] != null ? 1 : 0;
            i += batch;
            if (i == cycle) {
                i = 0;
            }
        }
        long nanos = THREADS.getCurrentThreadCpuTime() - start;
        if (found == 0) {
            throw new IllegalStateException("The engine found no cell for any point: nothing was measured");
        }
        return (double) nanos / LOOKUPS_PER_ROUND;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
