package city.gridline.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A producer with the services' durability settings (dispatch-service's {@code application.yml}: acks=all,
 * idempotence, the same time-outs and the binder's linger), keyed by report id, CloudEvents headers attached. It
 * notes when it began to send each report.
 */
final class Publisher implements AutoCloseable {

    /** What the Kafka binder sets for the services' producers; the Kafka 4 client alone would linger 5 ms. */
    static final String LINGER_MS = "0";

    private final KafkaProducer<String, byte[]> producer;

    /** When the sends of one phase began and ended, and when each report's send began. */
    record Sent(long[] sentNanos, long startNanos, long endNanos) {

        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }
    }

    Publisher(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    /** One at a time, each waiting for the broker's acknowledgement: how the services send. */
    Sent sendSync(String topic, List<LocatedReports.Report> reports) {
        return paced(topic, reports, 0);
    }

    /**
     * One at a time, each waiting for the broker's acknowledgement, at most {@code rate} per second (0: as fast as
     * acknowledgements come back). A send that falls behind the schedule goes at once.
     */
    Sent paced(String topic, List<LocatedReports.Report> reports, int rate) {
        long[] sent = new long[reports.size()];
        long start = System.nanoTime();
        for (int i = 0; i < reports.size(); i++) {
            if (rate > 0) {
                long due = start + (long) (i * 1e9 / rate);
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
            }
            sent[i] = System.nanoTime();
            await(producer.send(record(topic, reports.get(i))));
        }
        return new Sent(sent, start, System.nanoTime());
    }

    /** Without waiting for each acknowledgement (the client batches), then all acknowledged: the broker's pace. */
    Sent sendAsync(String topic, List<LocatedReports.Report> reports) {
        long[] sent = new long[reports.size()];
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        for (int i = 0; i < reports.size(); i++) {
            sent[i] = System.nanoTime();
            producer.send(record(topic, reports.get(i)), (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            });
        }
        producer.flush();
        long end = System.nanoTime();
        if (failure.get() != null) {
            throw new IllegalStateException("the broker did not take every event", failure.get());
        }
        return new Sent(sent, start, end);
    }

    private static ProducerRecord<String, byte[]> record(String topic, LocatedReports.Report report) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, report.reportId(), report.payload());
        for (Map.Entry<String, Object> header : report.headers().entrySet()) {
            record.headers().add(new RecordHeader(header.getKey(), (byte[]) header.getValue()));
        }
        return record;
    }

    private static void await(Future<?> acknowledgement) {
        try {
            acknowledgement.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not take an event", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
