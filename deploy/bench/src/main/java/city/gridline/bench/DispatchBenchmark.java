package city.gridline.bench;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CloudEventHeaders;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventTypes;
import city.gridline.dispatch.DispatchApplication;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Dispatch decisions per second and latency from {@code reports.located} to the case's dispatch (or transfer) on
 * {@code cases.events}, next to the bare Kafka hop measured in the same run on the same broker. One JVM holds an
 * embedded KRaft broker (6 partitions a topic), an in-memory mongo-java-server (or the MongoDB at
 * {@code GRIDLINE_BENCH_MONGO_URI}), the real dispatch service and the benchmark's producer and consumers. Run by
 * {@code deploy/bench/dispatch.sh}, which describes the options.
 */
public final class DispatchBenchmark {

    private static final String BARE_TOPIC = "bench.bare";
    private static final int PARTITIONS = 6;
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(5);
    private static final Set<String> DECISIONS = Set.of(EventTypes.CASE_DISPATCHED.wireType(),
            EventTypes.CASE_TRANSFERRED.wireType());

    private final Options options;
    private final LocatedReports reports;
    private final EventCodec codec = new EventCodec();
    private final TextTable results = new TextTable(new String[] {"path", "mode", "events", "events/s",
            "p50", "p99", "max"}, 0, 1);
    private final List<String> notes = new ArrayList<>();
    private final double loadAtStart = systemLoad();
    private String mongoDescription = "";
    private Phase bareSync;
    private Phase barePaced;

    record Options(int events, int rate, int seconds, int warmUp, long seed, String mongoUri, Path out) {

        /** Events of a fixed-rate phase. */
        int pacedEvents() {
            return rate * seconds;
        }

        static Options parse(String[] args) {
            int events = 1_000;
            int rate = 10;
            int seconds = 30;
            int warmUp = 300;
            long seed = 20261123;
            Path out = Path.of("var/bench/dispatch.md");
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--events" -> events = Integer.parseInt(value);
                    case "--rate" -> rate = Integer.parseInt(value);
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    case "--warm-up" -> warmUp = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
                i++;
            }
            String mongoUri = System.getenv("GRIDLINE_BENCH_MONGO_URI");
            return new Options(events, rate, seconds, warmUp, seed, mongoUri == null || mongoUri.isBlank() ? null : mongoUri,
                    out);
        }
    }

    /** One measured phase: what was sent when, and when each answer arrived. */
    private record Phase(Publisher.Sent sent, Arrivals.Expected arrivals, boolean complete) {

        /** Events answered per second, from the first send to the last answer. */
        double throughput() {
            if (arrivals.arrived() == 0) {
                return Double.NaN;
            }
            return arrivals.arrived() / ((arrivals.lastArrivalNanos() - sent.startNanos()) / 1e9);
        }

        /** Answers per second between two fractions of the answers, in the order they arrived. */
        double throughput(double from, double to) {
            long[] arrived = Arrays.stream(arrivals.arrivedNanos).filter(nanos -> nanos != 0).sorted().toArray();
            if (arrived.length < 2) {
                return Double.NaN;
            }
            int first = (int) (from * (arrived.length - 1));
            int last = (int) (to * (arrived.length - 1));
            return (last - first) / ((arrived[last] - arrived[first]) / 1e9);
        }
    }

    private DispatchBenchmark(Options options) {
        this.options = options;
        this.reports = new LocatedReports(options.seed());
    }

    public static void main(String[] args) throws Exception {
        DispatchBenchmark benchmark = new DispatchBenchmark(Options.parse(args));
        boolean complete = benchmark.run();
        // the service, the broker and the database server leave non-daemon threads behind
        System.exit(complete ? 0 : 1);
    }

    private boolean run() throws Exception {
        // Until the service configures logging (to its file), the broker's and the clients' chatter would flood
        // the terminal.
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
        log("starting an embedded KRaft broker (%d partitions a topic)", PARTITIONS);
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS, BARE_TOPIC,
                Topics.REPORTS_LOCATED, Topics.CASES_EVENTS);
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        MongoServer mongoServer = null;
        String mongoUri = options.mongoUri();
        String database = "gridline_dispatch";
        if (mongoUri == null) {
            mongoServer = new MongoServer(new MemoryBackend());
            InetSocketAddress address = mongoServer.bind();
            mongoUri = "mongodb://" + address.getHostString() + ":" + address.getPort();
            mongoDescription = "mongo-java-server (memory backend) in the same JVM";
        } else {
            // a database of its own per run, so no earlier run's cases are counted
            database = "gridline_dispatch_bench_" + System.currentTimeMillis() / 1000;
            mongoDescription = "MongoDB at GRIDLINE_BENCH_MONGO_URI, database " + database;
        }
        String bootstrap = broker.getBrokersAsString();
        boolean complete;
        try (Publisher publisher = new Publisher(bootstrap)) {
            // without the bare hop's figures there is nothing to compare dispatch with
            complete = bareHop(bootstrap, publisher) && dispatch(bootstrap, publisher, mongoUri, database);
        } finally {
            if (mongoServer != null) {
                mongoServer.shutdownNow();
            }
            broker.destroy();
        }
        report();
        return complete;
    }

    private boolean bareHop(String bootstrap, Publisher publisher) throws Exception {
        try (Arrivals arrivals = new Arrivals(bootstrap, BARE_TOPIC, ConsumerRecord::key)) {
            log("bare hop: warm-up, %,d events", options.warmUp());
            List<LocatedReports.Report> warmUp = reports.next(options.warmUp());
            Arrivals.Expected warm = arrivals.expect(warmUp);
            publisher.sendAsync(BARE_TOPIC, warmUp);
            if (!warm.await(PHASE_TIMEOUT)) {
                notes.add(String.format("Bare hop warm-up: only %,d of %,d events arrived within %s.",
                        warm.arrived(), options.warmUp(), PHASE_TIMEOUT));
                return false;
            }

            log("bare hop: %,d events, each send waiting for its acknowledgement", options.events());
            Phase sync = phase(arrivals, publisher, BARE_TOPIC, Mode.SYNC);
            results.add(row("bare Kafka hop", "saturation, sync send (one thread)", sync, true));
            log("bare hop: %,d events, sends not waiting (client batching)", options.events());
            Phase async = phase(arrivals, publisher, BARE_TOPIC, Mode.ASYNC);
            results.add(row("bare Kafka hop", "saturation, async send", async, true));
            log("bare hop: %,d events at %,d/s, sync send", options.pacedEvents(), options.rate());
            Phase paced = phase(arrivals, publisher, BARE_TOPIC, Mode.PACED);
            results.add(row("bare Kafka hop", String.format("%,d/s, sync send", options.rate()), paced, false));
            bareSync = sync;
            barePaced = paced;
            return sync.complete() && async.complete() && paced.complete();
        }
    }

    private boolean dispatch(String bootstrap, Publisher publisher, String mongoUri, String database)
            throws Exception {
        log("starting dispatch-service (%s)", mongoDescription);
        long booting = System.nanoTime();
        ConfigurableApplicationContext service = new SpringApplication(DispatchApplication.class).run(
                "--spring.cloud.stream.kafka.binder.brokers=" + bootstrap,
                "--spring.mongodb.uri=" + mongoUri,
                BenchCredentials.issuerSetting(),
                "--spring.mongodb.database=" + database,
                "--server.port=0",
                // the service logs as it does in production (structured JSON), to a file rather than the terminal
                "--logging.console.enabled=false",
                "--logging.file.name=" + logFile(),
                "--logging.structured.format.file=logstash",
                "--logging.level.kafka=WARN",
                "--logging.level.org.apache.kafka=WARN",
                "--logging.level.state.change.logger=WARN");
        double startSeconds = (System.nanoTime() - booting) / 1e9;
        try (Arrivals arrivals = new Arrivals(bootstrap, Topics.CASES_EVENTS, this::decidedReport)) {
            List<LocatedReports.Report> warmUp = reports.next(options.warmUp());
            Arrivals.Expected warm = arrivals.expect(warmUp);
            publisher.sendAsync(Topics.REPORTS_LOCATED, warmUp);
            boolean ready = warm.await(PHASE_TIMEOUT);
            log("dispatch: context started in %.1f s; warm-up of %,d reports decided %.1f s after the start",
                    startSeconds, options.warmUp(),
                    (warm.lastArrivalNanos() - booting) / 1e9);
            if (!ready) {
                notes.add(String.format("Warm-up: only %,d of %,d reports were decided within %s.", warm.arrived(),
                        options.warmUp(), PHASE_TIMEOUT));
                return false;
            }

            log("dispatch: %,d located reports published at once (saturation), %,d cases stored before",
                    options.events(), options.warmUp());
            Phase saturation = phase(arrivals, publisher, Topics.REPORTS_LOCATED, Mode.ASYNC);
            results.add(row("located → dispatched", "saturation, located published at once", saturation, true));
            log("dispatch: %,d located reports at %,d/s, sync send, %,d cases stored before",
                    options.pacedEvents(), options.rate(), options.warmUp() + options.events());
            Phase paced = phase(arrivals, publisher, Topics.REPORTS_LOCATED, Mode.PACED);
            results.add(row("located → dispatched", String.format("%,d/s, sync send", options.rate()), paced,
                    false));

            notes.add(String.format("Dispatch decisions per second at saturation: %,.0f, %.2f× the bare hop's "
                            + "sync-send throughput (%,.0f/s).", saturation.throughput(),
                    saturation.throughput() / bareSync.throughput(), bareSync.throughput()));
            Latency decided = Latency.of(paced.sent(), paced.arrivals());
            Latency bare = Latency.of(barePaced.sent(), barePaced.arrivals());
            notes.add(String.format("At %,d/s: located → dispatched p50 %s, p99 %s; bare hop p50 %s, p99 %s: "
                            + "%.1f× (p50), %.1f× (p99).", options.rate(), Latency.millis(decided.p50Millis()),
                    Latency.millis(decided.p99Millis()), Latency.millis(bare.p50Millis()),
                    Latency.millis(bare.p99Millis()), decided.p50Millis() / bare.p50Millis(),
                    decided.p99Millis() / bare.p99Millis()));
            notes.add(String.format("Decisions per second at saturation over the first and the last fifth of its "
                            + "answers: %,.0f and %,.0f (%,d and %,d cases stored at the start of the phase and at "
                            + "its end).", saturation.throughput(0, 0.2), saturation.throughput(0.8, 1),
                    options.warmUp(), options.warmUp() + options.events()));
            double achieved = options.pacedEvents() / paced.sent().seconds();
            if (achieved < options.rate() * 0.95) {
                notes.add(String.format("The located reports went out at %,.0f/s, below the %,d/s asked for.",
                        achieved, options.rate()));
            }
            return saturation.complete() && paced.complete();
        } finally {
            service.close();
        }
    }

    private enum Mode { SYNC, ASYNC, PACED }

    private Phase phase(Arrivals arrivals, Publisher publisher, String topic, Mode mode) throws InterruptedException {
        List<LocatedReports.Report> batch = reports.next(mode == Mode.PACED ? options.pacedEvents() : options.events());
        Arrivals.Expected expected = arrivals.expect(batch);
        Publisher.Sent sent = switch (mode) {
            case SYNC -> publisher.sendSync(topic, batch);
            case ASYNC -> publisher.sendAsync(topic, batch);
            case PACED -> publisher.paced(topic, batch, options.rate());
        };
        boolean complete = expected.await(PHASE_TIMEOUT);
        if (!complete) {
            notes.add(String.format("%s on %s: only %,d of %,d answers arrived within %s.", mode, topic,
                    expected.arrived(), batch.size(), PHASE_TIMEOUT));
        }
        return new Phase(sent, expected, complete);
    }

    /** The report a dispatch or transfer decision on {@code cases.events} is about; null for other events. */
    private String decidedReport(ConsumerRecord<String, byte[]> record) {
        var type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type == null || !DECISIONS.contains(new String(type.value(), StandardCharsets.UTF_8))) {
            return null;
        }
        return ((CaseEvent) codec.decode(record.value()).data()).reportId();
    }

    private String[] row(String path, String mode, Phase phase, boolean saturation) {
        Latency latency = Latency.of(phase.sent(), phase.arrivals());
        // under saturation the latency is mostly the time spent queued behind the rest of the batch
        return new String[] {path, mode, String.format("%,d", phase.arrivals().arrived()),
                String.format("%,.0f", phase.throughput()),
                saturation ? "(" + Latency.millis(latency.p50Millis()) + ")" : Latency.millis(latency.p50Millis()),
                saturation ? "(" + Latency.millis(latency.p99Millis()) + ")" : Latency.millis(latency.p99Millis()),
                saturation ? "(" + Latency.millis(latency.maxMillis()) + ")" : Latency.millis(latency.maxMillis())};
    }

    private Path logFile() {
        return options.out().toAbsolutePath().resolveSibling("dispatch-service.log");
    }

    private void report() throws IOException {
        System.out.println();
        System.out.print(results.aligned());
        System.out.println();
        notes.forEach(note -> System.out.println("  " + note));
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), markdown());
        System.out.println();
        System.out.println("Written to " + options.out() + "; the service's log: " + logFile());
    }

    private String markdown() {
        double loadAtEnd = systemLoad();
        StringBuilder text = new StringBuilder();
        text.append("# Dispatch benchmark\n\n");
        text.append("Run ").append(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" by `deploy/bench/dispatch.sh --events ").append(options.events()).append(" --rate ")
                .append(options.rate()).append(" --seconds ").append(options.seconds()).append(" --warm-up ").append(options.warmUp()).append("` on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(ResultRow.megabytes(Runtime.getRuntime().maxMemory()))
                .append(". One JVM: an embedded KRaft broker (").append(PARTITIONS)
                .append(" partitions a topic, replication factor 1), ").append(mongoDescription)
                .append(", the dispatch service and the benchmark's producer and consumers. System load average ")
                .append(String.format("%.1f", loadAtStart)).append(" at the start, ")
                .append(String.format("%.1f", loadAtEnd)).append(" at the end")
                .append(Math.max(loadAtStart, loadAtEnd) > Runtime.getRuntime().availableProcessors()
                        ? " (more than the cores: other processes competed for them).\n\n" : ".\n\n");
        text.append(results.markdown()).append('\n');
        notes.forEach(note -> text.append("- ").append(note).append('\n'));
        text.append("\nEvents: the golden `gridline.report.located.v1` sample (about 1.4 KiB) with distinct ids; ")
                .append("categories mixed, one in ").append(LocatedReports.TRANSFER_EVERY)
                .append(" transferred to another department (200503, 200504, 200602), one in ")
                .append(LocatedReports.ZONE_EVERY).append(" inside the CBD special zone, cells in 8 streets. ")
                .append("Producer: acks=all, idempotent, linger ").append(Publisher.LINGER_MS)
                .append(" ms, as the services' binder. Latency: from the send begun to the record consumed (bare ")
                .append("hop), or to the `gridline.case.dispatched.v1`/`gridline.case.transferred.v1` event ")
                .append("consumed from `cases.events`; in parentheses under saturation, where it is mostly queueing. ")
                .append("Events/s: answers consumed per second from the first send to the last answer. A fixed-rate ")
                .append("phase sends for ").append(options.seconds()).append(" s. A warm-up of ")
                .append(options.warmUp()).append(" events precedes each path.\n");
        return text.toString();
    }

    private static double systemLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void log(String format, Object... arguments) {
        System.out.printf("» " + format + "%n", arguments);
    }
}
