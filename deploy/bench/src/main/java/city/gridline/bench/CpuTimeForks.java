package city.gridline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.CellIndex;

/**
 * CPU time per look-up measured again in fresh JVMs, one after the other, as JMH's forks do. On a machine where what
 * a read from memory costs depends on where a JVM's arrays happen to lie (on this virtual machine, by several
 * times), one JVM is one draw; a ratio between layer sizes means something only as the spread of several. Each fork
 * builds every layer itself from the same seed (so the same cells and points as the benchmark's own JVM), measures
 * the mix of query points and the cell-centre points with {@link LookupCpuTime}, and prints a line per layer; the
 * ratio between sizes is taken within each fork.
 */
final class CpuTimeForks {

    private static final String LINE = "fork-result";

    /** CPU nanoseconds per look-up in one fork, for one layer. */
    record Nanos(double single, double batched, double centreSingle, double centreBatched) {
    }

    private CpuTimeForks() {
    }

    /** One map per fork: cells of the layer → what that fork measured. */
    static List<Map<Integer, Nanos>> run(List<Integer> sizes, int points, long seed, int rounds, int forks)
            throws IOException, InterruptedException {
        List<Map<Integer, Nanos>> results = new ArrayList<>();
        for (int fork = 0; fork < forks; fork++) {
            results.add(runOne(sizes, points, seed, rounds));
        }
        return results;
    }

    private static Map<Integer, Nanos> runOne(List<Integer> sizes, int points, long seed, int rounds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the same heap and page settings as this JVM
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CpuTimeForks.class.getName(),
                String.join(",", sizes.stream().map(String::valueOf).toList()), Integer.toString(points),
                Long.toString(seed), Integer.toString(rounds)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<Integer, Nanos> measured = new TreeMap<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(line);
                String[] fields = line.split(" ");
                if (fields[0].equals(LINE)) {
                    measured.put(Integer.valueOf(fields[1]), new Nanos(Double.parseDouble(fields[2]),
                            Double.parseDouble(fields[3]), Double.parseDouble(fields[4]),
                            Double.parseDouble(fields[5])));
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || measured.size() != sizes.size()) {
            throw new IllegalStateException("A CPU-time fork exited with " + exit + ":\n" + String.join("\n", output));
        }
        return measured;
    }

    /** The fork: sizes (comma-separated), points, seed, rounds; prints one result line per layer. */
    public static void main(String[] args) {
        List<Integer> sizes = Arrays.stream(args[0].split(",")).map(Integer::valueOf).toList();
        int points = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        int rounds = Integer.parseInt(args[3]);
        for (int size : sizes) {
            List<Cell> cells = SyntheticLattice.generate(size, seed);
            CellIndex index = new CellIndex(cells);
            PointLocator single = CellIndexLocator.single(index);
            PointLocator batched = CellIndexLocator.batched(index);
            LookupCpuTime mix = LookupCpuTime.measure(single, batched,
                    QueryPoints.ofLayer(cells, size, points, seed), rounds);
            LookupCpuTime centres = LookupCpuTime.measure(single, batched,
                    QueryPoints.centresOfLayer(cells, size, points, seed), rounds);
            System.out.printf(Locale.ROOT, "%s %d %.2f %.2f %.2f %.2f%n", LINE, cells.size(), mix.singleNanos(),
                    mix.batchedNanos(), centres.singleNanos(), centres.batchedNanos());
        }
    }
}
