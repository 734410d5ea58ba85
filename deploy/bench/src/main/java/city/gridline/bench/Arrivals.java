package city.gridline.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A consumer on its own thread that notes when each expected report's record arrives ({@link System#nanoTime()}),
 * read from the end of every partition of one topic as it was when the consumer started.
 */
final class Arrivals implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Function<ConsumerRecord<String, byte[]>, String> reportIdOf;
    private final Thread thread;
    private volatile Expected expected;
    private volatile boolean running = true;

    /** The reports of one phase: index by report id, arrival times, and a latch counting them down. */
    static final class Expected {
        private final Map<String, Integer> index = new HashMap<>();
        final long[] arrivedNanos;
        private final CountDownLatch missing;

        private Expected(List<LocatedReports.Report> reports) {
            for (int i = 0; i < reports.size(); i++) {
                index.put(reports.get(i).reportId(), i);
            }
            arrivedNanos = new long[reports.size()];
            missing = new CountDownLatch(reports.size());
        }

        /** Waits until every report has arrived; false on time-out. */
        boolean await(Duration timeout) throws InterruptedException {
            return missing.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        int arrived() {
            return arrivedNanos.length - (int) missing.getCount();
        }

        long lastArrivalNanos() {
            long last = Long.MIN_VALUE;
            for (long arrived : arrivedNanos) {
                if (arrived != 0) {
                    last = Math.max(last, arrived);
                }
            }
            return last;
        }
    }

    /** @param reportIdOf the report a record answers, or null for a record that is not counted */
    Arrivals(String bootstrapServers, String topic, Function<ConsumerRecord<String, byte[]>, String> reportIdOf) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        this.reportIdOf = reportIdOf;
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(PartitionInfo::partition).map(p -> new TopicPartition(topic, p)).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.thread = new Thread(this::run, "bench-arrivals-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    /** From now on, the arrivals of these reports are noted. */
    Expected expect(List<LocatedReports.Report> reports) {
        Expected next = new Expected(reports);
        expected = next;
        return next;
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    Expected current = expected;
                    String reportId = current == null ? null : reportIdOf.apply(record);
                    Integer i = reportId == null ? null : current.index.get(reportId);
                    if (i != null && current.arrivedNanos[i] == 0) {
                        current.arrivedNanos[i] = now;
                        current.missing.countDown();
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
