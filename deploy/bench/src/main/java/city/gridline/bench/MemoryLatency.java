package city.gridline.bench;

import java.util.SplittableRandom;

/**
 * The physical floor of a look-up: the time of one dependent read at a random place in an array of a given
 * size, measured by chasing a random cycle through it (each read's address is the previous read's value, so
 * reads cannot overlap). A look-up reads at least its bucket's word at a random place in the index, so on a
 * layer whose index exceeds the caches it cannot be faster than this.
 */
final class MemoryLatency {

    private static final int STEPS = 4_000_000;

    private MemoryLatency() {
    }

    static double dependentReadNanos(long arrayBytes) {
        int length = (int) Math.max(1024, Math.min(Integer.MAX_VALUE - 8, arrayBytes / Integer.BYTES));
        int[] next = randomCycle(length);
        chase(next, STEPS);
        long start = System.nanoTime();
        int end = chase(next, STEPS);
        double nanos = (double) (System.nanoTime() - start) / STEPS;
        if (end < 0) {
            throw new IllegalStateException("unreachable: keeps the chase from being optimised away");
        }
        return nanos;
    }

    /** Sattolo's algorithm: a uniformly random permutation that is one single cycle. */
    private static int[] randomCycle(int length) {
        int[] next = new int[length];
        for (int i = 0; i < length; i++) {
            next[i] = i;
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int swap = next[i];
            next[i] = next[j];
            next[j] = swap;
        }
        return next;
    }

    private static int chase(int[] next, int steps) {
        int at = 0;
        for (int step = 0; step < steps; step++) {
            at = next[at];
        }
        return at;
    }
}
