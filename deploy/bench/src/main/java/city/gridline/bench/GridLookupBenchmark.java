package city.gridline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.CellIndex;
import org.locationtech.jts.geom.Polygon;

/**
 * Point-in-cell look-up at several layer sizes: the JTS STRtree baseline, the grid service's CellIndex and PostGIS,
 * on 1 and 2 threads (clients), with the answers of all three compared point by point. Run by
 * {@code deploy/bench/grid-lookup.sh}, which provides the PostGIS server; the options are described there.
 * Exits with status 1 if any engine answers any point differently.
 */
public final class GridLookupBenchmark {

    private static final int[] THREADS = {1, 2};
    private static final int MISMATCHES_LISTED = 50;
    private static final String SINGLE = "CellIndex, one point at a time";
    private static final String BATCHED = "CellIndex, batched (locateAll)";

    private final Options options;
    private final List<ResultRow> rows = new ArrayList<>();
    private final TextTable layers = new TextTable(new String[] {"cells", "vertices per cell", "holes",
            "query points", "outside every cell", "CellIndex build", "STRtree build", "PostGIS load",
            "random read, index-sized array"});
    private final TextTable cpuTimes = new TextTable(new String[] {"cells", "random read, index-sized array",
            "single look-up", "batched look-up", "batched / single, per round",
            "cell-centre points, single / batched",
            "independent random read, fastest / slowest of 6 index-sized arrays"});
    private final TextTable forkTimes = new TextTable(new String[] {"fresh JVM", "batched look-up", "ratio",
            "single look-up", "ratio", "cell-centre points, batched", "ratio"});
    private final List<Mismatch> mismatches = new ArrayList<>();
    private final Targets targets = new Targets();
    private String serverVersions = "";
    private final double loadAtStart = systemLoad();

    record Options(List<Integer> sizes, int points, Duration warmUp, Duration duration, int rounds, int cpuRounds,
                   int forks, long seed, String jdbcUrl, Path out) {

        static Options parse(String[] args) {
            List<Integer> sizes = List.of(5_000, 50_000, 500_000);
            int points = 100_000;
            Duration warmUp = Duration.ofSeconds(3);
            Duration duration = Duration.ofSeconds(3);
            int rounds = 3;
            int cpuRounds = 11;
            int forks = 5;
            long seed = 20261123;
            String jdbcUrl = null;
            Path out = Path.of("var/bench/grid-lookup.md");
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
                    case "--points" -> points = Integer.parseInt(value);
                    case "--warm-up-seconds" -> warmUp = Duration.ofSeconds(Long.parseLong(value));
                    case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(value));
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--cpu-rounds" -> cpuRounds = Integer.parseInt(value);
                    case "--forks" -> forks = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--jdbc" -> jdbcUrl = value;
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
                i++;
            }
            return new Options(sizes, points, warmUp, duration, rounds, cpuRounds, forks, seed,
                    Objects.requireNonNull(jdbcUrl, "--jdbc <PostgreSQL JDBC URL> is required"), out);
        }
    }

    record Mismatch(int cells, double lon, double lat, String cellIndex, String cellIndexBatched, String strTree,
                    String postgisOneClient, String postgisTwoClients) {
    }

    private GridLookupBenchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        GridLookupBenchmark benchmark = new GridLookupBenchmark(Options.parse(args));
        for (int size : benchmark.options.sizes()) {
            benchmark.measure(size);
        }
        benchmark.measureInForks();
        boolean identical = benchmark.report();
        if (!identical) {
            System.exit(1);
        }
    }

    private void measure(int size) throws Exception {
        log("%,d cells: generating the layer and %,d query points", size, options.points());
        List<Cell> cells = SyntheticLattice.generate(size, options.seed());
        QueryPoints points = QueryPoints.ofLayer(cells, size, options.points(), options.seed());

        log("%,d cells: building the indexes", cells.size());
        HeapFootprint.Built<CellIndex> cellIndex = HeapFootprint.build(() -> new CellIndex(cells));
        HeapFootprint.Built<PointLocator> strTree = HeapFootprint.build(() -> new StrTreeLocator(cells));
        PointLocator single = CellIndexLocator.single(cellIndex.index());
        PointLocator batched = CellIndexLocator.batched(cellIndex.index());
        String[] cellIndexAnswers = answers(single, points);
        String[] batchedAnswers = batchedAnswers(batched, points);
        String[] strTreeAnswers = answers(strTree.index(), points);
        double memoryFloor = MemoryLatency.dependentReadNanos(cellIndex.retainedBytes());

        log("%,d cells: CPU time per look-up, single and batched alternately, %d rounds", cells.size(),
                options.cpuRounds());
        LookupCpuTime cpuTime = LookupCpuTime.measure(single, batched, points, options.cpuRounds());
        targets.recordCpuTime(cells.size(), cpuTime);
        QueryPoints centres = QueryPoints.centresOfLayer(cells, size, options.points(), options.seed());
        LookupCpuTime centreTime = LookupCpuTime.measure(single, batched, centres, options.cpuRounds());
        targets.recordCentreCpuTime(cells.size(), centreTime);
        // after the CPU-time measurements, which the gigabyte of arrays it leaves behind would disturb
        MemoryPlacement placement = MemoryPlacement.measure(cellIndex.retainedBytes(), 6);
        cpuTimes.add(String.format("%,d", cells.size()), ResultRow.duration(memoryFloor),
                ResultRow.duration(cpuTime.singleNanos()), ResultRow.duration(cpuTime.batchedNanos()),
                String.format("%.2f (%.2f–%.2f)", cpuTime.ratio(),
                        cpuTime.lowestRatio(), cpuTime.highestRatio()),
                ResultRow.duration(centreTime.singleNanos()) + " / " + ResultRow.duration(centreTime.batchedNanos()),
                String.format("%.1f / %.1f ns", placement.fastest(), placement.slowest()));

        log("%,d cells: loading PostGIS", cells.size());
        PostgisCells postgis = PostgisCells.loaded(options.jdbcUrl(), "cells_" + size, cells);
        serverVersions = postgis.serverVersions();
        String postgisSize = "server: " + ResultRow.megabytes(postgis.relationBytes());

        String[][] postgisAnswers = new String[THREADS.length][];
        for (int t = 0; t < THREADS.length; t++) {
            int threads = THREADS[t];
            log("%,d cells, %d thread(s): STRtree, CellIndex, PostGIS", cells.size(), threads);
            Measurement strTreeRun = InMemoryMeasurement.measure(strTree.index(), points, threads, options.warmUp(),
                    options.duration(), options.rounds());
            Measurement cellIndexRun = InMemoryMeasurement.measure(single, points, threads,
                    options.warmUp(), options.duration(), options.rounds());
            Measurement batchedRun = InMemoryMeasurement.measure(batched, points, threads,
                    options.warmUp(), options.duration(), options.rounds());
            PostgisCells.Run postgisRun = postgis.run(points, threads);
            postgisAnswers[t] = postgisRun.answers();
            double postgisRate = postgisRun.measurement().lookupsPerSecond();
            rows.add(new ResultRow(cells.size(), "PostGIS (GiST, ST_Covers)", threads, postgisRun.measurement(),
                    postgisSize, 1));
            rows.add(new ResultRow(cells.size(), "JTS STRtree (baseline)", threads, strTreeRun,
                    ResultRow.megabytes(strTree.retainedBytes()), strTreeRun.lookupsPerSecond() / postgisRate));
            String heap = ResultRow.megabytes(cellIndex.retainedBytes());
            rows.add(new ResultRow(cells.size(), SINGLE, threads, cellIndexRun, heap,
                    cellIndexRun.lookupsPerSecond() / postgisRate));
            rows.add(new ResultRow(cells.size(), BATCHED, threads, batchedRun, heap,
                    batchedRun.lookupsPerSecond() / postgisRate));
            targets.record(SINGLE, cells.size(), threads, cellIndexRun.lookupsPerSecond(), postgisRate);
            targets.record(BATCHED, cells.size(), threads, batchedRun.lookupsPerSecond(), postgisRate);
        }
        targets.recordHeap(cells.size(), cellIndex.retainedBytes());

        int before = mismatches.size();
        for (int i = 0; i < points.size(); i++) {
            String expected = cellIndexAnswers[i];
            if (!Objects.equals(expected, batchedAnswers[i]) || !Objects.equals(expected, strTreeAnswers[i])
                    || !Objects.equals(expected, postgisAnswers[0][i])
                    || !Objects.equals(expected, postgisAnswers[1][i])) {
                mismatches.add(new Mismatch(cells.size(), points.lon()[i], points.lat()[i], expected,
                        batchedAnswers[i], strTreeAnswers[i], postgisAnswers[0][i], postgisAnswers[1][i]));
            }
        }
        targets.recordMismatches(cells.size(), mismatches.size() - before);
        long outside = Arrays.stream(cellIndexAnswers).filter(Objects::isNull).count();
        layers.add(String.format("%,d", cells.size()), String.format("%.1f", verticesPerCell(cells)),
                Long.toString(cells.stream().filter(c -> ((Polygon) c.geometry()).getNumInteriorRing() > 0).count()),
                String.format("%,d", points.size()), String.format("%,d", outside),
                String.format("%.1f s", cellIndex.buildSeconds()), String.format("%.1f s", strTree.buildSeconds()),
                postgis.loadSeconds() > 0 ? String.format("%.1f s", postgis.loadSeconds()) : "reused",
                ResultRow.duration(memoryFloor));
    }

    /** The CPU-time measurement again in fresh JVMs: one JVM, its history and where its arrays lie, is one draw. */
    private void measureInForks() throws IOException, InterruptedException {
        if (options.forks() == 0) {
            return;
        }
        log("CPU time per look-up again in %d fresh JVMs, one after the other", options.forks());
        List<Map<Integer, CpuTimeForks.Nanos>> forks = CpuTimeForks.run(options.sizes(), options.points(),
                options.seed(), options.cpuRounds(), options.forks());
        targets.recordForks(forks);
        for (int fork = 0; fork < forks.size(); fork++) {
            List<CpuTimeForks.Nanos> bySize = List.copyOf(forks.get(fork).values());
            CpuTimeForks.Nanos small = bySize.get(0);
            CpuTimeForks.Nanos large = bySize.get(bySize.size() - 1);
            forkTimes.add(Integer.toString(fork + 1),
                    ResultRow.duration(small.batched()) + " → " + ResultRow.duration(large.batched()),
                    String.format("%.2f", large.batched() / small.batched()),
                    ResultRow.duration(small.single()) + " → " + ResultRow.duration(large.single()),
                    String.format("%.2f", large.single() / small.single()),
                    ResultRow.duration(small.centreBatched()) + " → " + ResultRow.duration(large.centreBatched()),
                    String.format("%.2f", large.centreBatched() / small.centreBatched()));
        }
    }

    private static String[] answers(PointLocator locator, QueryPoints points) {
        String[] answers = new String[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Optional<Cell> cell = locator.locate(points.lon()[i], points.lat()[i]);
            answers[i] = cell.map(Cell::code).orElse(null);
        }
        return answers;
    }

    private static String[] batchedAnswers(PointLocator locator, QueryPoints points) {
        Cell[] cells = new Cell[points.size()];
        locator.locateAll(points.lon(), points.lat(), 0, points.size(), cells);
        return Arrays.stream(cells).map(cell -> cell == null ? null : cell.code()).toArray(String[]::new);
    }

    private static double verticesPerCell(List<Cell> cells) {
        // a closed ring repeats its first vertex
        return cells.stream()
                .mapToInt(cell -> cell.geometry().getNumPoints() - 1 - ((Polygon) cell.geometry()).getNumInteriorRing())
                .average().orElse(0);
    }

    /** Prints the results, writes them to the output file and tells whether all answers were identical. */
    private boolean report() throws IOException {
        TextTable results = new TextTable(ResultRow.HEADER, 1);
        rows.forEach(row -> results.add(row.columns()));
        List<String> targetLines = targets.lines();
        System.out.println();
        System.out.print(layers.aligned());
        System.out.println();
        System.out.print(results.aligned());
        System.out.println();
        System.out.print(cpuTimes.aligned());
        System.out.println();
        if (options.forks() > 0) {
            System.out.print(forkTimes.aligned());
            System.out.println();
        }
        targetLines.forEach(line -> System.out.println("  " + line));
        if (!mismatches.isEmpty()) {
            System.err.printf("%n%,d POINTS ANSWERED DIFFERENTLY (first %d):%n", mismatches.size(), MISMATCHES_LISTED);
            mismatches.stream().limit(MISMATCHES_LISTED).forEach(mismatch -> System.err.println("  " + mismatch));
        }
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), markdown(results, targetLines));
        System.out.println();
        System.out.println("Written to " + options.out());
        return mismatches.isEmpty();
    }

    private String markdown(TextTable results, List<String> targetLines) {
        StringBuilder text = new StringBuilder();
        text.append("# Point-in-cell look-up benchmark\n\n");
        text.append("Run ").append(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS)).append(" by `deploy/bench/grid-lookup.sh`")
                .append(" on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(ResultRow.megabytes(Runtime.getRuntime().maxMemory())).append(", ").append(serverVersions)
                .append(". In-memory engines: warm-up ").append(options.warmUp().toSeconds()).append(" s, then the")
                .append(" median of ").append(options.rounds()).append(" runs of ").append(options.duration().toSeconds())
                .append(" s; PostGIS answers every query")
                .append(" point once per run. System load average ").append(String.format("%.1f", loadAtStart))
                .append(" at the start, ").append(String.format("%.1f", systemLoad())).append(" at the end")
                .append(Math.max(loadAtStart, systemLoad()) > Runtime.getRuntime().availableProcessors()
                        ? " (more than the cores: other processes competed for them).\n\n" : ".\n\n");
        text.append("## Layers\n\n").append(layers.markdown()).append('\n');
        text.append("## Results\n\n").append(results.markdown()).append('\n');
        text.append("p99 per lookup: for the in-memory engines the 99th percentile of the time of a batch of ")
                .append(InMemoryMeasurement.BATCH).append(" look-ups divided by ").append(InMemoryMeasurement.BATCH)
                .append(" (a single look-up is below the timer's resolution); for PostGIS per query, round trip")
                .append(" included. Heap: used heap after full collections with the index built minus before (the")
                .append(" cells are loaded in both); PostGIS: table and index size on the server. Random read,")
                .append(" index-sized array: one dependent read at a random place in an int array as large as the")
                .append(" CellIndex, the least a look-up costs once the index outgrows the caches.\n\n");
        text.append("## CPU time per look-up, one thread\n\n").append(cpuTimes.markdown()).append('\n');
        text.append("The CellIndex's single and batched look-ups of the same index, alternately, ")
                .append(options.cpuRounds()).append(" rounds of ").append(String.format("%,d", LookupCpuTime.LOOKUPS_PER_ROUND))
                .append(" look-ups each (batches of ").append(InMemoryMeasurement.BATCH).append(" points): the median")
                .append(" CPU time the look-up thread used, per look-up, and the paired ratio batched / single of")
                .append(" the median round with, in brackets, its range over the rounds. CPU time does not count the")
                .append(" time the thread waited for a core, so it moves less than the rates above when other work")
                .append(" competes for the machine. Cell-centre points: as many points, each beside the centre of a")
                .append(" random cell and farther from its boundary than a bucket's diagonal, so every one is")
                .append(" answered from its bucket's word with no geometry read: the")
                .append(" cheapest look-up the index has. At a layer far larger than the caches, what it costs above")
                .append(" its cost at the smallest layer is the memory hierarchy's share alone. Independent random")
                .append(" read: six arrays as large as the index, allocated together, each read at random places")
                .append(" with reads that overlap (the addresses do not depend on what is read), CPU ns per read in")
                .append(" the fastest and the slowest array; same values, same code, so the spread is where the")
                .append(" arrays lie in memory.\n\n");
        if (options.forks() > 0) {
            text.append("## CPU time per look-up in fresh JVMs, smallest → largest layer\n\n")
                    .append(forkTimes.markdown()).append('\n')
                    .append("The same measurement (").append(options.cpuRounds()).append(" rounds, median) in ")
                    .append(options.forks()).append(" fresh JVMs, one after the other, with this JVM's heap and")
                    .append(" page settings; each builds the same layers and points from the seed, and its ratio")
                    .append(" is taken within it. What a read from memory costs depends on where a JVM's arrays")
                    .append(" lie, so one JVM is one draw and the spread over the forks is part of the result.\n\n");
        }
        text.append("## Targets\n\n");
        targetLines.forEach(line -> text.append("- ").append(line).append('\n'));
        if (!mismatches.isEmpty()) {
            text.append("\n## Points answered differently (").append(mismatches.size()).append(")\n\n");
            mismatches.stream().limit(MISMATCHES_LISTED).forEach(mismatch -> text.append("- ").append(mismatch).append('\n'));
        }
        return text.toString();
    }

    private static double systemLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void log(String format, Object... arguments) {
        System.out.printf("» " + format + "%n", arguments);
    }
}
