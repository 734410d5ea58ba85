package city.gridline.bench.load;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hottest methods of each recorded process over the measured run: JFR's execution samples ({@code jdk.ExecutionSample}, threads
 * running Java code) counted by their top frame, and by the first frame in a package of interest (Gridline's, Spring
 * Data's, the MongoDB driver's, Kafka's, mongo-java-server's, H2's), which says whose work the CPU went to.
 */
final class JfrHotspots {

    /**
     * A recording's samples within the window: total, top frames and the first frames within the packages of
     * interest; and the process's mean CPU use over the window (JFR's {@code jdk.CPULoad}: user + system, as a share
     * of the whole machine), NaN when the recording holds none.
     */
    record Profile(String process, Path file, long samples, double cpuShare, List<Map.Entry<String, Long>> topFrames,
                   List<Map.Entry<String, Long>> byComponent) {
    }

    private static final Pattern PID = Pattern.compile("hotspot-pid-(\\d+)-");
    private static final List<String> COMPONENTS = List.of("city.gridline.", "de.bwaldvogel.mongo.", "org.h2.",
            "com.mongodb.", "org.springframework.data.", "org.apache.kafka.", "kafka.", "org.bson.", "tools.jackson.",
            "reactor.", "io.netty.", "org.springframework.");

    private JfrHotspots() {
    }

    /**
     * One profile per recording in {@code directory}, named after the process whose pid made it, of the events
     * between {@code from} and {@code to} only (the measured run: not the start-up's class loading and JIT).
     */
    static List<Profile> of(Path directory, Map<String, Long> pids, int top, Instant from, Instant to)
            throws IOException {
        Map<Long, String> names = new HashMap<>();
        pids.forEach((name, pid) -> names.put(pid, name));
        List<Profile> profiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jfr")).sorted().toList()) {
                Matcher pid = PID.matcher(file.getFileName().toString());
                String process = pid.find() ? names.getOrDefault(Long.parseLong(pid.group(1)),
                        "pid " + pid.group(1) + " (gone before the run)") : file.getFileName().toString();
                profiles.add(profile(process, file, top, from, to));
            }
        }
        return profiles;
    }

    static Profile profile(String process, Path file, int top, Instant from, Instant to) throws IOException {
        Map<String, Long> frames = new HashMap<>();
        Map<String, Long> components = new HashMap<>();
        long samples = 0;
        double cpu = 0;
        int cpuReadings = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                continue;
            }
            String type = event.getEventType().getName();
            if (type.equals("jdk.CPULoad")) {
                cpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                cpuReadings++;
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            frames.merge(name(stack.getFrames().get(0)), 1L, Long::sum);
            components.merge(component(stack.getFrames()), 1L, Long::sum);
        }
        return new Profile(process, file, samples, cpuReadings == 0 ? Double.NaN : cpu / cpuReadings,
                highest(frames, top), highest(components, top));
    }

    /** The package of interest the sampled thread was working for: its innermost frame in one, else "JDK/other". */
    static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (String component : COMPONENTS) {
                if (type.startsWith(component)) {
                    return component + "*";
                }
            }
        }
        return "JDK/other";
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private static List<Map.Entry<String, Long>> highest(Map<String, Long> counts, int top) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(top).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return List.copyOf(sorted.entrySet());
    }
}
