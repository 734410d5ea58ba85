package city.gridline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.function.Supplier;

/**
 * The heap an index retains: used heap after full collections with the index built, minus the same before it
 * was built (the cells are loaded in both). So it counts exactly what the index adds to the layer it indexes.
 * Stable to about a megabyte.
 */
final class HeapFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    record Built<T>(T index, long retainedBytes, double buildSeconds) {
    }

    private HeapFootprint() {
    }

    static <T> Built<T> build(Supplier<T> builder) {
        long before = usedAfterCollection();
        long start = System.nanoTime();
        T index = builder.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = usedAfterCollection();
        return new Built<>(index, after - before, seconds);
    }

    private static long usedAfterCollection() {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            System.gc();
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
