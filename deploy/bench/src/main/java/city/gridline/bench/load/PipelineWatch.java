package city.gridline.bench.load;

import city.gridline.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain consumer (no group: it is assigned every partition) of {@code reports.received}, {@code reports.located}
 * and {@code cases.events} from their ends at start, noting when each report reaches each stage, by the report id
 * in the event's data. Times are the consumer's: the moment a stage became visible on the broker to a reader.
 */
final class PipelineWatch implements AutoCloseable {

    static final List<String> TOPICS = List.of(Topics.REPORTS_RECEIVED, Topics.REPORTS_LOCATED, Topics.CASES_EVENTS);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, StageTimes> reports = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Thread thread;
    private volatile boolean running = true;

    PipelineWatch(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::run, "load-pipeline-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** The stages a report has reached so far. */
    StageTimes of(String reportId) {
        return reportId == null ? StageTimes.NONE : reports.getOrDefault(reportId, StageTimes.NONE);
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    note(record, System.nanoTime());
                }
            }
        } catch (WakeupException closing) {
            // close() woke the poll
        } finally {
            consumer.close();
        }
    }

    private void note(ConsumerRecord<String, byte[]> record, long at) {
        JsonNode event;
        try {
            event = json.readTree(record.value());
        } catch (RuntimeException notJson) {
            return; // not an event of ours: no stage to note
        }
        String type = event.path("type").asString("");
        Stage stage = Stage.of(type);
        String reportId = event.path("data").path("reportId").asString("");
        if (stage == null || reportId.isEmpty()) {
            return;
        }
        reports.compute(reportId, (id, times) -> (times == null ? StageTimes.NONE : times).with(stage, at, type));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
