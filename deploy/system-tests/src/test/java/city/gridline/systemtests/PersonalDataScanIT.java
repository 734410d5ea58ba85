package city.gridline.systemtests;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Personal data never leaves intake in the clear: reports with a reporter's name, phone and identity card number
 * (also written into the description and address, as callers do) go through the whole pipeline — located,
 * dispatched, the reporter texted — and then every record on every topic and every line of every service's log is
 * searched for those values.
 */
class PersonalDataScanIT {

    private static final int REPORTS = 8;
    private static final Duration WAIT = Duration.ofSeconds(90);

    @RegisterExtension
    static final SharedStack STACK = new SharedStack();
    private final StackClient client = new StackClient(STACK);

    @Test
    void noPhoneIdentityNumberOrReporterNameAppearsInAnyEventOrLogLine() throws IOException {
        List<String> secrets = new ArrayList<>();
        List<String> reportIds = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            String phone = "139" + digits(8);
            String identity = "110105" + "1987" + "0" + (1 + i % 9) + "1" + (i % 9) + digits(3) + "X";
            String name = "隐私测试" + "甲乙丙丁戊己庚辛".charAt(i) + digits(2);
            secrets.addAll(List.of(phone, identity, name));
            reportIds.add(client.postJson("intake-service", "/api/v1/reports", String.format(Locale.ROOT, """
                    {"channel": "12319", "sourceTicketId": "12319-pii-%s", "categoryCode": "0101",
                     "description": "井盖破损，联系电话%s，身份证%s",
                     "location": {"lon": %.4f, "lat": 39.9370, "crs": "GCJ02"},
                     "address": "朝阳区工人体育场北路 %s 家门口",
                     "reporter": {"name": "%s", "phone": "%s"}}""", UUID.randomUUID(), phone, identity,
                    116.47 + i * 0.005, phone, name, phone), 202).path("reportId").asString());
        }
        for (String reportId : reportIds) {
            await().atMost(WAIT).until(() -> client.get("intake-service", "/api/v1/reports/" + reportId)
                    .path("status").asString().equals("DISPATCHED"));
        }
        awaitTextsSent(secrets.stream().filter(secret -> secret.startsWith("139")).collect(Collectors.toSet()));

        List<String> events = everyRecord(STACK.infrastructure().kafkaBootstrapServers());
        assertThat(events).as("records on the topics").hasSizeGreaterThan(REPORTS * 4);
        for (String secret : secrets) {
            assertThat(events).as("events carrying " + secret).noneMatch(record -> record.contains(secret));
        }
        try (Stream<Path> logs = Files.list(SharedStack.LAYOUT.logs())) {
            for (Path log : logs.filter(file -> file.toString().endsWith(".log")).toList()) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                for (String secret : secrets) {
                    assertThat(text).as(log.getFileName() + " carrying " + secret).doesNotContain(secret);
                }
            }
        }
    }

    /** The reporters' texts went out: the contact was unsealed where it is used, and only there. */
    private void awaitTextsSent(Set<String> phones) {
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode sent = client.get("notification-service", "/loopback/sms");
            String all = sent.toString();
            assertThat(phones).allMatch(all::contains);
        });
    }

    private static List<String> everyRecord(String bootstrapServers) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "pii-scan-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(30)).values().stream()
                    .flatMap(List::stream)
                    .filter(info -> !info.topic().startsWith("__"))
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    StringBuilder text = new StringBuilder(record.topic()).append(' ');
                    if (record.key() != null) {
                        text.append(new String(record.key(), StandardCharsets.UTF_8)).append(' ');
                    }
                    for (Header header : record.headers()) {
                        text.append(header.key()).append('=')
                                .append(new String(header.value(), StandardCharsets.UTF_8)).append(' ');
                    }
                    if (record.value() != null) {
                        text.append(new String(record.value(), StandardCharsets.UTF_8));
                    }
                    records.add(text.toString());
                }
            }
        }
        return records;
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
