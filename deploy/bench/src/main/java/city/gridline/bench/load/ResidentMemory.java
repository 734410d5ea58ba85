package city.gridline.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each process's resident memory, sampled once a second from {@code /proc/<pid>/status} while the load runs: the
 * largest VmRSS seen and the last VmHWM (the kernel's own peak, which also covers the moments between samples).
 */
final class ResidentMemory implements AutoCloseable {

    record Peak(long pid, long maxRssKib, long hwmKib, int samples) {
    }

    private final Map<String, Long> pids;
    private final Map<String, Peak> peaks = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** @param pids process name → pid */
    ResidentMemory(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        thread = new Thread(this::run, "load-resident-memory");
        thread.setDaemon(true);
        thread.start();
    }

    /** In the order the processes were given; a process never sampled is left out. */
    Map<String, Peak> peaks() {
        Map<String, Peak> ordered = new LinkedHashMap<>();
        pids.keySet().forEach(name -> {
            if (peaks.containsKey(name)) {
                ordered.put(name, peaks.get(name));
            }
        });
        return ordered;
    }

    private void run() {
        while (running) {
            pids.forEach(this::sample);
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample(String name, long pid) {
        String status;
        try {
            status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
        } catch (IOException | RuntimeException gone) {
            return;
        }
        OptionalLong rss = kib(status, "VmRSS");
        OptionalLong hwm = kib(status, "VmHWM");
        if (rss.isEmpty()) {
            return;
        }
        peaks.merge(name, new Peak(pid, rss.getAsLong(), hwm.orElse(0), 1), (before, now) ->
                new Peak(pid, Math.max(before.maxRssKib(), now.maxRssKib()), Math.max(before.hwmKib(), now.hwmKib()),
                        before.samples() + 1));
    }

    /** A "Name:   1234 kB" line of a /proc status file, in KiB. */
    static OptionalLong kib(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                String value = line.substring(field.length() + 1).strip();
                return OptionalLong.of(Long.parseLong(value.split("\\s+")[0]));
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
