package city.gridline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code clients} threads each call the operation back to back, first for the warm-up, then for
 * the measured time, in which every call's latency is kept. Throughput counts the calls that completed in the measured
 * time; a failed call counts as a failure, not a completion.
 */
final class ClosedLoop {

    @FunctionalInterface
    interface Call {
        void run(int client, long sequence) throws Exception;
    }

    record Result(String name, int clients, long completed, long failures, double seconds, double p50Millis,
                  double p99Millis, double maxMillis, String firstFailure) {

        double perSecond() {
            return completed / seconds;
        }
    }

    private ClosedLoop() {
    }

    static Result run(String name, int clients, Duration warmUp, Duration measured, Call call)
            throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long measureTo = measureFrom + measured.toNanos();
        List<long[]> latencies = new ArrayList<>();
        long[] completed = new long[clients];
        long[] failures = new long[clients];
        String[] firstFailure = new String[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[] mine = new long[1 << 16];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                long[] kept = mine;
                int count = 0;
                while (true) {
                    long before = System.nanoTime();
                    if (before >= measureTo) {
                        break;
                    }
                    boolean ok;
                    try {
                        call.run(client, sequence.getAndIncrement());
                        ok = true;
                    } catch (Exception e) {
                        ok = false;
                        if (firstFailure[client] == null) {
                            firstFailure[client] = e.toString();
                        }
                    }
                    long after = System.nanoTime();
                    if (before >= measureFrom && after <= measureTo) {
                        if (!ok) {
                            failures[client]++;
                            continue;
                        }
                        completed[client]++;
                        if (count == kept.length) {
                            kept = Arrays.copyOf(kept, kept.length * 2);
                            latencies.set(client, kept);
                        }
                        kept[count++] = after - before;
                    }
                }
                latencies.set(client, Arrays.copyOf(kept, count));
            }, name + "-client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, clients, Arrays.stream(completed).sum(), Arrays.stream(failures).sum(),
                measured.toNanos() / 1e9, percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6,
                Arrays.stream(firstFailure).filter(f -> f != null).findFirst().orElse(null));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
