package city.gridline.campaigns;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How far the services' consumers got. Lag: for every partition a consumer group has committed an offset on, the end
 * offset minus the committed one. The binders' anonymous groups ({@code anonymous.…}: a service reading a compacted
 * topic from its start on every start) are left out — a killed instance's group stays behind for good by design.
 * Dead letters: the records on the {@code *.dlq} topics, which a consumer gave up on (committed, yet not handled).
 */
final class ConsumerProgress {

    private final String bootstrapServers;

    ConsumerProgress(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Dead-letter topic → how many records it holds (only those that hold any). */
    Map<String, Long> deadLetters() {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(topic -> topic.endsWith(".dlq")).collect(Collectors.toSet());
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().forEach(topic ->
                    topic.partitions().forEach(p -> partitions.put(new TopicPartition(topic.name(), p.partition()),
                            OffsetSpec.latest())));
            Map<String, Long> counts = new TreeMap<>();
            admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS).forEach((partition, end) -> {
                if (end.offset() > 0) {
                    counts.merge(partition.topic(), end.offset(), Long::sum);
                }
            });
            return counts;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the dead-letter topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Group → its lag, summed over its partitions. */
    Map<String, Long> lag() {
        try (Admin admin = admin()) {
            Map<String, Long> lag = new TreeMap<>();
            for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                    .get(30, TimeUnit.SECONDS)) {
                if (group.groupId().startsWith("anonymous.")) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS);
                Map<TopicPartition, Long> ends = admin.listOffsets(committed.keySet().stream()
                                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                        .all().get(30, TimeUnit.SECONDS).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                lag.put(group.groupId(), committed.entrySet().stream()
                        .mapToLong(e -> ends.get(e.getKey()) - (e.getValue() == null ? 0 : e.getValue().offset()))
                        .sum());
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the consumer groups' offsets", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every group has caught up, or the deadline passes; answers the lag last seen. */
    Map<String, Long> awaitCaughtUp(Instant deadline) {
        Map<String, Long> lag = lag();
        while (lag.values().stream().anyMatch(behind -> behind > 0) && Instant.now().isBefore(deadline)) {
            Pause.during(Duration.ofSeconds(1));
            lag = lag();
        }
        return lag;
    }

    private Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Admin.create(properties);
    }
}
