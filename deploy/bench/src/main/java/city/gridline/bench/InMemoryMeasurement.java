package city.gridline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import city.gridline.grid.layer.domain.Cell;

/**
 * Measures an in-memory engine: each thread asks about the query points in a loop (starting at its own share),
 * first for a warm-up the JIT compiler needs, then for the measured time; the median of a few such runs counts. A single look-up takes less time than
 * {@code System.nanoTime()} resolves reliably and costs, so the clock is read around batches of {@value #BATCH}
 * look-ups, asked by {@link PointLocator#locateAll} (one at a time unless the engine looks up batches); the latency
 * reported is the 99th percentile of a batch's time divided by {@value #BATCH}.
 */
final class InMemoryMeasurement {

    static final int BATCH = 64;
    private static final int SAMPLE_CAPACITY = 1 << 22;

    private static final int WARMING = 0;
    private static final int MEASURING = 1;
    private static final int STOPPED = 2;

    private volatile int phase = WARMING;

    private InMemoryMeasurement() {
    }

    /**
     * The median by throughput of {@code rounds} measured runs, the first after the full warm-up, the others
     * after a short one: on a machine shared with other work, one run can be disturbed.
     */
    static Measurement measure(PointLocator locator, QueryPoints points, int threads, Duration warmUp,
                               Duration duration, int rounds) throws InterruptedException {
        List<Measurement> measured = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Duration roundWarmUp = round == 0 ? warmUp : Duration.ofMillis(Math.min(500, warmUp.toMillis()));
            measured.add(new InMemoryMeasurement().run(locator, points, threads, roundWarmUp, duration));
        }
        measured.sort(Comparator.comparingDouble(Measurement::lookupsPerSecond));
        return measured.get(measured.size() / 2);
    }

    private Measurement run(PointLocator locator, QueryPoints points, int threads, Duration warmUp,
                            Duration duration) throws InterruptedException {
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Worker(locator, points, t * points.size() / threads));
        }
        List<Thread> running = workers.stream().map(worker -> new Thread(worker, "lookup-" + workers.indexOf(worker)))
                .toList();
        running.forEach(Thread::start);
        Thread.sleep(warmUp.toMillis());
        long start = System.nanoTime();
        phase = MEASURING;
        Thread.sleep(duration.toMillis());
        phase = STOPPED;
        long end = System.nanoTime();
        for (Thread thread : running) {
            thread.join();
        }
        long lookups = 0;
        long found = 0;
        int sampleCount = 0;
        for (Worker worker : workers) {
            lookups += worker.lookups;
            found += worker.found;
            sampleCount += Math.min(worker.sampleCount, SAMPLE_CAPACITY);
        }
        if (found == 0) {
            throw new IllegalStateException("The engine found no cell for any point: nothing was measured");
        }
        long[] samples = new long[sampleCount];
        int at = 0;
        for (Worker worker : workers) {
            int kept = Math.min(worker.sampleCount, SAMPLE_CAPACITY);
            System.arraycopy(worker.samples, 0, samples, at, kept);
            at += kept;
        }
        return new Measurement(lookups, (end - start) / 1e9, (double) Measurement.p99(samples, sampleCount) / BATCH,
                "batch of " + BATCH + " / " + BATCH);
    }

    private final class Worker implements Runnable {

        private final PointLocator locator;
        private final double[] lon;
        private final double[] lat;
        private final long[] samples = new long[SAMPLE_CAPACITY];
        private int next;
        private int sampleCount;
        private long lookups;
        /** Checked after the run; using the results keeps the look-ups from being optimised away. */
        private long found;

        Worker(PointLocator locator, QueryPoints points, int first) {
            this.locator = locator;
            this.lon = points.lon();
            this.lat = points.lat();
            this.next = first;
        }

        @Override
        public void run() {
            // whole batches only: the cycle ends where a batch would run past the last point
            int n = lon.length - lon.length % BATCH;
            int i = next - next % BATCH;
            Cell[] answers = new Cell[n];
            long hits = 0;
            for (int current = phase; current != STOPPED; current = phase) {
                long start = System.nanoTime();
                locator.locateAll(lon, lat, i, i + BATCH, answers);
                long elapsed = System.nanoTime() - start;
                for (int k = i; k < i + BATCH; k++) {
                    if (answers[k] != null) {
                        hits++;
                    }
                }
                i += BATCH;
                if (i == n) {
                    i = 0;
                }
                if (current == MEASURING) {
                    samples[sampleCount++ & (SAMPLE_CAPACITY - 1)] = elapsed;
                    lookups += BATCH;
                }
            }
            found = hits;
        }
    }
}
