package city.gridline.bench;

import java.util.Arrays;

/**
 * Throughput and tail latency of one engine at one concurrency.
 *
 * @param p99Nanos 99th percentile of the per-look-up time; what one sample is, is {@link #latencyBasis}
 */
record Measurement(long lookups, double seconds, double p99Nanos, String latencyBasis) {

    double lookupsPerSecond() {
        return lookups / seconds;
    }

    /** The 99th percentile (nearest rank) of the first {@code count} samples, which it sorts. */
    static long p99(long[] samples, int count) {
        if (count == 0) {
            throw new IllegalStateException("No latency samples");
        }
        Arrays.sort(samples, 0, count);
        return samples[Math.min(count - 1, (int) Math.ceil(0.99 * count) - 1)];
    }
}
