package city.gridline.bench;

import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.testkit.GridlineInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Intake's accept throughput and latency at saturation next to the bare Kafka producer's, in one run on one
 * broker: many clients POST reports (distinct tickets, places 85 m or more apart, so nothing merges) to the intake
 * service's executable jar running as its own process; then as many threads send a report-sized event each,
 * synchronously, with the same durability as intake's bindings (acks=all, idempotence). Run by
 * {@code deploy/bench/intake.sh}; the options are described there.
 */
public final class IntakeBenchmark {

    private static final String BARE_TOPIC = "bench.bare";
    private static final int PARTITIONS = 6;
    /** Categories taken in turn, so that each one's open reports (the merge candidates) grow no faster than in life. */
    private static final List<String> CATEGORIES = List.of("0101", "0102", "0103", "0104", "0105", "200502", "200503",
            "200401", "200110", "200301");

    record Options(Path jar, int clients, Duration warmUp, Duration duration, List<String> intakeJvmOptions,
                   Path out) {

        static Options parse(String[] args) {
            Path jar = null;
            int clients = 64;
            Duration warmUp = Duration.ofSeconds(15);
            Duration duration = Duration.ofSeconds(30);
            List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
            Path out = Path.of("var/bench/intake.md");
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--jar" -> jar = Path.of(value);
                    case "--clients" -> clients = Integer.parseInt(value);
                    case "--warm-up-seconds" -> warmUp = Duration.ofSeconds(Long.parseLong(value));
                    case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(value));
                    case "--intake-jvm" -> jvm.addAll(Arrays.asList(value.trim().split("\\s+")));
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
                i++;
            }
            if (jar == null) {
                throw new IllegalArgumentException("--jar <intake-service exec jar> is required");
            }
            return new Options(jar, clients, warmUp, duration, jvm, out);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        double loadAtStart = systemLoad();
        GridlineInfrastructure infrastructure = GridlineInfrastructure.shared();
        createBareTopic(infrastructure.kafkaBootstrapServers());

        ClosedLoop.Result bare = bareKafka(infrastructure.kafkaBootstrapServers(), options);
        print(bare);
        ClosedLoop.Result intake;
        Path log = options.out().resolveSibling("intake-process.log");
        Files.createDirectories(log.getParent());
        try (IntakeProcess process = IntakeProcess.start(options.jar(), options.intakeJvmOptions(),
                infrastructure.kafkaBootstrapServers(), infrastructure.mongoUri(), log)) {
            System.out.println("intake pid " + process.pid() + ", log " + log);
            intake = intakeHttp(process, options);
        }
        print(intake);
        double ratio = intake.perSecond() / bare.perSecond();
        System.out.printf(Locale.ROOT, "intake / bare Kafka = %.3f%n", ratio);
        String report = report(options, bare, intake, ratio, loadAtStart, infrastructure.description());
        Files.writeString(options.out(), report);
        System.out.println("written to " + options.out());
        System.exit(0);
    }

    private static ClosedLoop.Result bareKafka(String bootstrap, Options options) throws InterruptedException {
        byte[] event = GoldenSamples.sample(EventTypes.REPORT_RECEIVED);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            return ClosedLoop.run("bare Kafka, one synchronous send per call", options.clients(), options.warmUp(),
                    options.duration(), (client, sequence) -> producer.send(
                            new ProducerRecord<>(BARE_TOPIC, UUID.randomUUID().toString(), event)).get());
        }
    }

    private static ClosedLoop.Result intakeHttp(IntakeProcess intake, Options options) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String run = Long.toString(System.currentTimeMillis(), 36);
        return ClosedLoop.run("intake POST /api/v1/reports", options.clients(), options.warmUp(), options.duration(),
                (client, sequence) -> {
                    HttpRequest request = HttpRequest.newBuilder(intake.uri("/api/v1/reports"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("Authorization", BenchCredentials.hotlineOperator())
                            .POST(HttpRequest.BodyPublishers.ofString(report(run, sequence)))
                            .build();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 202 || response.body().contains("\"duplicateOf\":\"")) {
                        throw new IllegalStateException(response.statusCode() + " " + response.body());
                    }
                });
    }

    /** Report n of the run, at its own point of a 0.001° lattice (85 m east-west, 111 m north-south at 40° N). */
    private static String report(String run, long n) {
        double lon = 116.20 + (n % 400) * 0.001;
        double lat = 39.80 + (n / 400 % 400) * 0.001;
        return String.format(Locale.ROOT, """
                {"channel": "12319", "sourceTicketId": "BENCH-%s-%d", "categoryCode": "%s",
                 "description": "井盖破损，请尽快处理", "location": {"lon": %.6f, "lat": %.6f, "crs": "GCJ02"},
                 "address": "朝阳区工人体育场北路", "reporter": {"name": "张三", "phone": "13812345678"}}""",
                run, n, CATEGORIES.get((int) (n % CATEGORIES.size())), lon, lat);
    }

    private static void createBareTopic(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(BARE_TOPIC, PARTITIONS, (short) 1))).all().get();
        }
    }

    private static void print(ClosedLoop.Result result) {
        System.out.printf(Locale.ROOT, "%-45s %8.0f /s  p50 %7.2f ms  p99 %7.2f ms  max %7.1f ms  failures %d%s%n",
                result.name(), result.perSecond(), result.p50Millis(), result.p99Millis(), result.maxMillis(),
                result.failures(), result.firstFailure() == null ? "" : " (first: " + result.firstFailure() + ")");
    }

    private static String report(Options options, ClosedLoop.Result bare, ClosedLoop.Result intake, double ratio,
                                 double loadAtStart, String infrastructure) {
        StringBuilder md = new StringBuilder();
        md.append("# Intake accept throughput and latency next to bare Kafka\n\n");
        md.append("Run ").append(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS)).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", load average at start ")
                .append(String.format(Locale.ROOT, "%.1f", loadAtStart)).append(".\n");
        md.append("Infrastructure: ").append(infrastructure).append(" (in the benchmark's JVM); intake as its own "
                + "process (").append(String.join(" ", options.intakeJvmOptions())).append("). ")
                .append(options.clients()).append(" closed-loop clients, ").append(options.warmUp().toSeconds())
                .append(" s warm-up, ").append(options.duration().toSeconds()).append(" s measured.\n\n");
        md.append("| what | per second | p50 ms | p99 ms | max ms | failures |\n|---|---:|---:|---:|---:|---:|\n");
        for (ClosedLoop.Result result : List.of(bare, intake)) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.1f | %d |%n", result.name(),
                    result.perSecond(), result.p50Millis(), result.p99Millis(), result.maxMillis(),
                    result.failures()));
        }
        md.append(String.format(Locale.ROOT, "%nintake reports per second / bare Kafka sends per second = **%.3f**%n",
                ratio));
        md.append("\nEach accepted report is two synchronous sends in flight together (reports.received and "
                + "reports.reporters), a MongoDB insert, the merge-candidate query and an update; the bare figure is "
                + "one send per call.\n");
        return md.toString();
    }

    private static double systemLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
