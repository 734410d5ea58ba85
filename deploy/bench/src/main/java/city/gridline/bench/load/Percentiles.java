package city.gridline.bench.load;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of durations in nanoseconds, as milliseconds; NaN for an empty set. */
record Percentiles(int samples, double p50Millis, double p95Millis, double p99Millis, double maxMillis) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    /** The smallest value with at least {@code quantile} of the values at or below it. */
    static double rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static String millis(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        return millis < 10 ? String.format(java.util.Locale.ROOT, "%.1f", millis)
                : String.format(java.util.Locale.ROOT, "%,.0f", millis);
    }
}
