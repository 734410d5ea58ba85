package city.gridline.localstack;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A standalone Apache Kafka broker in KRaft mode, combined broker and controller, run from the Maven artifacts on
 * this launcher's classpath. Its storage is formatted once; later starts reuse it, so topics survive restarts.
 */
public final class KafkaBroker {

    static final int PORT = 9092;
    static final int CONTROLLER_PORT = 9093;
    static final String MAIN_CLASS = "kafka.Kafka";

    private KafkaBroker() {
    }

    static ManagedProcess prepare(StackLayout layout) {
        return prepare(layout, PORT, CONTROLLER_PORT);
    }

    /** A broker on other ports than the stack's own: a test's broker, which it may kill and start again. */
    public static ManagedProcess prepare(StackLayout layout, int port, int controllerPort) {
        Path properties = layout.kafka().resolve("server.properties");
        Path data = layout.kafka().resolve("data");
        writeProperties(properties, data, port, controllerPort);
        if (!Files.exists(data.resolve("meta.properties"))) {
            format(layout, properties);
        }
        return new ManagedProcess("kafka", List.of(StackLayout.java(), "-Xms256m", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), MAIN_CLASS, properties.toString()), layout);
    }

    private static void writeProperties(Path file, Path data, int port, int controllerPort) {
        String properties = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=6
                auto.create.topics.enable=false
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, data);
        try {
            Files.writeString(file, properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void format(StackLayout layout, Path properties) {
        List<String> command = List.of(StackLayout.java(), "-cp", System.getProperty("java.class.path"),
                "kafka.tools.StorageTool", "format", "--standalone", "-t", Uuid.randomUuid().toString(),
                "-c", properties.toString());
        try {
            Process format = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.logs().resolve("kafka.log").toFile()))
                    .start();
            if (format.waitFor() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed; see var/logs/kafka.log");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
