package city.gridline.bench;

import java.util.Arrays;

/** Percentiles (nearest rank) of per-event latencies, from send begun to consumed. */
record Latency(int samples, double p50Millis, double p99Millis, double maxMillis) {

    static Latency of(Publisher.Sent sent, Arrivals.Expected arrivals) {
        long[] nanos = new long[sent.sentNanos().length];
        int count = 0;
        for (int i = 0; i < nanos.length; i++) {
            if (arrivals.arrivedNanos[i] != 0) {
                nanos[count++] = arrivals.arrivedNanos[i] - sent.sentNanos()[i];
            }
        }
        if (count == 0) {
            return new Latency(0, Double.NaN, Double.NaN, Double.NaN);
        }
        Arrays.sort(nanos, 0, count);
        return new Latency(count, rank(nanos, count, 0.50), rank(nanos, count, 0.99), nanos[count - 1] / 1e6);
    }

    private static double rank(long[] sorted, int count, double quantile) {
        return sorted[Math.min(count - 1, (int) Math.ceil(quantile * count) - 1)] / 1e6;
    }

    static String millis(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        return millis < 10 ? String.format("%.2f ms", millis) : String.format("%,.0f ms", millis);
    }
}
