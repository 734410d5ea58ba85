package city.gridline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * How much the cost of a read depends on where an array lies in memory: the same number of independent reads at
 * random places in each of several equal arrays, allocated one after the other, as CPU nanoseconds per read. The
 * arrays hold the same values and are read by the same code, so any spread between them comes from where their
 * pages lie (on a virtual machine, from how the host backs them), which a program cannot choose.
 *
 * @param fastest nanoseconds per read in the array that read fastest
 * @param slowest nanoseconds per read in the array that read slowest
 */
record MemoryPlacement(double fastest, double slowest) {

    private static final int READS = 8_000_000;
    private static final int ROUNDS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static MemoryPlacement measure(long arrayBytes, int arrays) {
        int length = (int) Math.max(1024, Math.min(Integer.MAX_VALUE - 8, arrayBytes / Long.BYTES));
        // all allocated before any is read, and all kept until the end, so that each lies elsewhere
        long[][] all = new long[arrays][];
        for (int a = 0; a < arrays; a++) {
            all[a] = new long[length];
            Arrays.fill(all[a], a);
        }
        double[] nanos = new double[arrays];
        for (int a = 0; a < arrays; a++) {
            long[] array = all[a];
            read(array);
            double best = Double.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                long start = THREADS.getCurrentThreadCpuTime();
                long sum = read(array);
                best = Math.min(best, (double) (THREADS.getCurrentThreadCpuTime() - start) / READS);
                if (sum == Long.MIN_VALUE) {
                    throw new IllegalStateException("unreachable: keeps the reads from being optimised away");
                }
            }
            nanos[a] = best;
        }
        Arrays.sort(nanos);
        return new MemoryPlacement(nanos[0], nanos[arrays - 1]);
    }

    /** Reads at random places; each address comes from a generator, not from a read, so reads overlap. */
    private static long read(long[] array) {
        long x = 0x2545F4914F6CDD1DL;
        long sum = 0;
        for (int i = 0; i < READS; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            sum += array[(int) ((x >>> 33) * array.length >>> 31)];
        }
        return sum;
    }
}
