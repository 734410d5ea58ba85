package city.gridline.campaigns;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.ReportUnlocatable;
import city.gridline.contracts.event.ReporterRegistered;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the services published, read from the beginning of {@code reports.received}, {@code reports.reporters},
 * {@code reports.located} and {@code cases.events} up to their end offsets at the time of reading — every event
 * as often as it is on the topic, so a redelivered or re-published event shows up again under its id.
 */
final class EventLedger {

    private static final Duration READ_AT_MOST = Duration.ofMinutes(2);

    /** Report id → the ids of the {@code report.received} events that announced it. */
    final Map<String, Set<String>> receivedEventIds = new HashMap<>();
    /** Source ticket → the report ids announced for it. */
    final Map<String, Set<String>> reportsOfTicket = new HashMap<>();
    /** Report id → the report whose case its reporter follows (itself when it is no repeat), as last announced. */
    final Map<String, String> followedReport = new HashMap<>();
    /** Report ids the grid placed in a cell, and those it could not place. */
    final Set<String> located = new LinkedHashSet<>();
    final Set<String> unlocatable = new LinkedHashSet<>();
    /** Report id → the case numbers opened for it. */
    final Map<String, Set<String>> casesOfReport = new HashMap<>();
    /** Case number → its events in the order they are on the topic (one case, one partition). */
    final Map<String, List<EventEnvelope<?>>> caseEvents = new HashMap<>();

    /** An empty ledger, for {@link #add(EventEnvelope)} to fill. */
    EventLedger() {
    }

    static EventLedger read(String bootstrapServers) {
        EventLedger ledger = new EventLedger();
        EventCodec codec = new EventCodec();
        for (String topic : List.of(Topics.REPORTS_RECEIVED, Topics.REPORTS_REPORTERS, Topics.REPORTS_LOCATED,
                Topics.CASES_EVENTS)) {
            readTopic(bootstrapServers, topic, record -> ledger.add(codec.decode(record.value())));
        }
        return ledger;
    }

    void add(EventEnvelope<?> event) {
        if (event.data() instanceof ReportReceived received) {
            receivedEventIds.computeIfAbsent(received.reportId(), id -> new LinkedHashSet<>()).add(event.eventId());
            reportsOfTicket.computeIfAbsent(received.sourceTicketId(), t -> new LinkedHashSet<>())
                    .add(received.reportId());
        } else if (event.data() instanceof ReporterRegistered reporter) {
            followedReport.put(reporter.reportId(), reporter.primaryReportId());
        } else if (event.data() instanceof ReportLocated placed) {
            located.add(placed.reportId());
        } else if (event.data() instanceof ReportUnlocatable notPlaced) {
            unlocatable.add(notPlaced.reportId());
        } else if (event.data() instanceof CaseEvent caseEvent) {
            if (caseEvent instanceof CaseOpened opened) {
                casesOfReport.computeIfAbsent(opened.reportId(), id -> new LinkedHashSet<>())
                        .add(opened.caseNumber());
            }
            caseEvents.computeIfAbsent(caseEvent.caseNumber(), n -> new ArrayList<>()).add(event);
        }
    }

    private static void readTopic(String bootstrapServers, String topic,
                                  Consumer<ConsumerRecord<String, byte[]>> each) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Instant deadline = Instant.now().plus(READ_AT_MOST);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end in " + READ_AT_MOST);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        }
    }
}
