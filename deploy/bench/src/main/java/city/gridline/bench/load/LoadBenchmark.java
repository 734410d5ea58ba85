package city.gridline.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;

/**
 * The whole pipeline under load, end to end: real 311 requests replayed into Chaoyang (and a synthetic surge) sent
 * to intake's JSON API on the local stack, each followed on the broker to its dispatch. Run by
 * {@code deploy/bench/load.sh}; the options are described there and in deploy/bench/README.md.
 */
public final class LoadBenchmark {

    private static final Duration WARM_UP_DRAIN = Duration.ofSeconds(30);
    /** The share of located requests cut off each side of each axis when the city's box is drawn. */
    private static final double CITY_BOX_TRIM = 0.005;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        Files.createDirectories(options.out());
        String loadAtStart = loadAverage();
        ServiceRequests all = ServiceRequests.bundled(options.city());
        Box cityBox = Box.core(all.located(), CITY_BOX_TRIM);
        ServiceRequests requests = all.within(cityBox);
        int outsideTheBox = all.located().size() - requests.located().size();
        CategoryMapping categories = CategoryMapping.bundled();
        Box district = DistrictEnvelope.chaoyang();
        Projection projection = new Projection(cityBox, district);
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<PlannedReport> plan = LoadSchedule.plan(requests, projection, categories, new LoadSchedule.Settings(
                options.duration(), options.speedUp(), options.surgeRate(), options.surgeFrom(), options.surgeFor(),
                options.seed()), run);
        List<PlannedReport> warmUp = LoadSchedule.plan(requests, projection, categories, new LoadSchedule.Settings(
                options.warmUp(), 0, options.warmUpRate(), Duration.ZERO, options.warmUp(), options.seed() + 1),
                run + "W");
        long mapped = requests.located().stream().filter(r -> categories.maps(r.city(), r.type())).count();
        System.out.printf(Locale.ROOT, "%s: %d located requests (%d without a location and %d outside the city's "
                        + "box left out), %d of them of a mapped type; %d reports planned over %d s, %d for the "
                        + "warm-up%n", options.city(), requests.located().size(), requests.withoutLocation(),
                outsideTheBox, mapped, plan.size(),
                options.duration().toSeconds(), warmUp.size());

        Path jfrDirectory = options.out().resolve("jfr");
        LocalStack stack = options.attach() ? LocalStack.attach(options.runDirectory())
                : startStack(options, jfrDirectory);
        LoadResults results;
        Map<String, ResidentMemory.Peak> memory;
        Map<String, Long> pids;
        String loadAtEnd;
        Instant measuredFrom;
        Instant measuredTo;
        ExecutorService answers = Executors.newCachedThreadPool(daemon());
        try {
            pids = new LinkedHashMap<>(stack.pids());
            pids.put("load generator (this JVM)", ProcessHandle.current().pid());
            System.out.println("processes: " + pids);
            GridlineClient intake = new GridlineClient(options.intake(), options.apiKey(), Duration.ofSeconds(30),
                    answers);
            try (PipelineWatch watch = new PipelineWatch(options.kafka())) {
                System.out.printf("» warm-up: %d reports over %d s …%n", warmUp.size(), options.warmUp().toSeconds());
                Submissions warm = OpenLoop.run(warmUp, intake, options.maxInFlight(), System.nanoTime(),
                        options.warmUp().plus(Duration.ofMinutes(1)));
                drain(warm, watch, WARM_UP_DRAIN);
                System.out.printf("» measuring: %d reports over %d s …%n", plan.size(), options.duration().toSeconds());
                try (ResidentMemory sampler = new ResidentMemory(pids)) {
                    measuredFrom = Instant.now();
                    long start = System.nanoTime() + 200_000_000L;
                    Submissions submissions = OpenLoop.run(plan, intake, options.maxInFlight(), start,
                            options.duration().plus(Duration.ofMinutes(2)));
                    System.out.println("» all answered; waiting up to " + options.drain().toSeconds()
                            + " s for the last dispatches …");
                    drain(submissions, watch, options.drain());
                    measuredTo = Instant.now();
                    StageTimes[] stages = new StageTimes[plan.size()];
                    for (int i = 0; i < stages.length; i++) {
                        stages[i] = watch.of(submissions.reportId[i]);
                    }
                    double drained = (System.nanoTime() - start) / 1e9 - options.duration().toSeconds();
                    results = new LoadResults(plan, submissions, stages, start, options.duration().toMillis() / 1e3,
                            Math.max(0, drained));
                    sampler.close();
                    memory = sampler.peaks();
                }
                loadAtEnd = loadAverage();
            }
        } finally {
            answers.shutdownNow();
            if (stack.started()) {
                System.out.println("» stopping the stack …");
            }
            stack.close();
        }
        List<JfrHotspots.Profile> profiles = options.jfr() ? JfrHotspots.of(jfrDirectory, pids, 10, measuredFrom,
                measuredTo) : List.of();

        List<String> context = new ArrayList<>();
        context.add("Run " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " on "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "; load average (1, 5, 15 min) " + loadAtStart + " at the start, " + loadAtEnd + " at the end.");
        context.add(stack.started() ? "Stack: started as `./gridline up` starts it (KRaft broker, mongo-java-server "
                + "on H2, four services, each a process; data under `" + options.stackVar() + "`), intake's rate "
                + "limits off" + (options.jfr() ? ", every JVM recording JFR (profile settings)" : "") + "."
                : "Stack: attached to the running one (" + options.intake() + ", " + options.kafka() + ").");
        context.add(String.format(Locale.ROOT, "Replay: %s, %d located requests (%d without a location and %d "
                        + "outside the city's box left out), %.0f %% of them of a type the mapping names (others → %s); "
                        + "city box (central 99 %% on each axis) %.4f,%.4f – %.4f,%.4f onto Chaoyang's "
                        + "%.4f,%.4f – %.4f,%.4f; speed-up ×%s.", options.city(),
                requests.located().size(), requests.withoutLocation(), outsideTheBox,
                100.0 * mapped / Math.max(1, requests.located().size()), categories.defaultCode(), cityBox.minLon(),
                cityBox.minLat(), cityBox.maxLon(), cityBox.maxLat(), district.minLon(), district.minLat(),
                district.maxLon(), district.maxLat(), trim(options.speedUp())));
        context.add(options.surgeRate() > 0 ? String.format(Locale.ROOT, "Surge: %s reports/s from %d s for %d s.",
                trim(options.surgeRate()), options.surgeFrom().toSeconds(), options.surgeFor().toSeconds())
                : "Surge: none.");
        context.add(String.format(Locale.ROOT, "Open loop, at most %d requests in flight; %d s measured after a "
                        + "%d s warm-up at %s/s; drain up to %d s.", options.maxInFlight(),
                options.duration().toSeconds(), options.warmUp().toSeconds(), trim(options.warmUpRate()),
                options.drain().toSeconds()));
        String markdown = LoadReport.markdown("Load: the whole pipeline, end to end", context, results, memory,
                profiles);
        Files.writeString(options.out().resolve("load.md"), markdown);
        LoadPlot.write(results, String.format(Locale.ROOT, "%s replay ×%s%s — %.1f accepted/s, %.1f dispatched/s",
                options.city(), trim(options.speedUp()), options.surgeRate() > 0
                        ? ", surge " + trim(options.surgeRate()) + "/s" : "", results.acceptedPerSecond,
                results.decidedPerSecond), options.out().resolve("load.png"));
        System.out.println(markdown);
        System.out.println("written to " + options.out().resolve("load.md") + " and " + options.out().resolve("load.png"));
        System.exit(0);
    }

    private static LocalStack startStack(LoadOptions options, Path jfrDirectory) throws IOException,
            InterruptedException {
        Map<String, String> environment = new LinkedHashMap<>();
        // The load comes from one address at rates no single client is allowed.
        environment.put("GRIDLINE_INTAKE_LIMITS_ENABLED", "false");
        if (options.jfr()) {
            clear(jfrDirectory);
            environment.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename="
                    + jfrDirectory.toAbsolutePath() + "/,settings=profile");
        }
        clear(options.stackVar());
        System.out.println("» starting the local stack (data under " + options.stackVar() + ") …");
        return LocalStack.start(options.root(), options.stackVar(), options.stackClasspath(), environment,
                options.apiKey(), Duration.ofMinutes(5));
    }

    /** Waits until every accepted report that was not merged has ended (decided or unlocatable), or time is up. */
    private static void drain(Submissions submissions, PipelineWatch watch, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            boolean open = false;
            for (int i = 0; i < submissions.size() && !open; i++) {
                open = submissions.accepted(i) && !submissions.duplicate[i]
                        && !watch.of(submissions.reportId[i]).ended();
            }
            if (!open) {
                return;
            }
            Thread.sleep(500);
        }
    }

    private static void clear(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(directory);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "load-http");
            thread.setDaemon(true);
            return thread;
        };
    }
}
