package city.gridline.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The command line of {@code deploy/bench/load.sh}; see the script for what each option does. */
record LoadOptions(City city, Duration duration, double speedUp, double surgeRate, Duration surgeFrom,
                   Duration surgeFor, double warmUpRate, Duration warmUp, int maxInFlight, Duration drain, long seed,
                   boolean attach, URI intake, String kafka, Path runDirectory, Path root, Path stackVar,
                   String stackClasspath, boolean jfr, Optional<String> apiKey, Path out) {

    static LoadOptions parse(String[] args) {
        City city = City.NYC;
        Duration duration = Duration.ofSeconds(90);
        double speedUp = 200;
        double surgeRate = 0;
        Duration surgeFrom = Duration.ofSeconds(30);
        Duration surgeFor = Duration.ofSeconds(30);
        double warmUpRate = 20;
        Duration warmUp = Duration.ofSeconds(20);
        int maxInFlight = 2_000;
        Duration drain = Duration.ofSeconds(60);
        long seed = 20261124L;
        boolean attach = false;
        URI intake = URI.create("http://localhost:" + LocalStack.INTAKE_PORT);
        String kafka = LocalStack.KAFKA;
        Path runDirectory = null;
        Path root = Path.of(".");
        Path stackVar = Path.of("var/bench/stack");
        String stackClasspath = null;
        boolean jfr = false;
        String apiKey = null;
        Path out = Path.of("var/bench");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--attach")) {
                attach = true;
                continue;
            }
            if (option.equals("--jfr")) {
                jfr = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--city" -> city = City.of(value);
                case "--seconds" -> duration = seconds(value);
                case "--speed-up" -> speedUp = Double.parseDouble(value);
                case "--surge-rate" -> surgeRate = Double.parseDouble(value);
                case "--surge-from" -> surgeFrom = seconds(value);
                case "--surge-seconds" -> surgeFor = seconds(value);
                case "--warm-up-rate" -> warmUpRate = Double.parseDouble(value);
                case "--warm-up-seconds" -> warmUp = seconds(value);
                case "--max-in-flight" -> maxInFlight = Integer.parseInt(value);
                case "--drain-seconds" -> drain = seconds(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--intake-url" -> intake = URI.create(value);
                case "--kafka" -> kafka = value;
                case "--run-dir" -> runDirectory = Path.of(value);
                case "--root" -> root = Path.of(value);
                case "--stack-var" -> stackVar = Path.of(value);
                case "--stack-classpath" -> stackClasspath = value;
                case "--api-key" -> apiKey = value;
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (!attach && stackClasspath == null) {
            throw new IllegalArgumentException("--stack-classpath (the local stack's) is needed unless --attach");
        }
        if (attach && jfr) {
            throw new IllegalArgumentException("--jfr starts the stack's JVMs recording: not with --attach");
        }
        if (runDirectory == null) {
            runDirectory = attach ? root.resolve("var/run") : stackVar.resolve("run");
        }
        return new LoadOptions(city, duration, speedUp, surgeRate, surgeFrom, surgeFor, warmUpRate, warmUp,
                maxInFlight, drain, seed, attach, intake, kafka, runDirectory, root, stackVar, stackClasspath, jfr,
                GridlineClient.apiKey(apiKey), out);
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
    }
}
