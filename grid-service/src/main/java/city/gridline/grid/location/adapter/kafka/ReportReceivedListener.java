package city.gridline.grid.location.adapter.kafka;

import city.gridline.contracts.event.CloudEventHeaders;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.grid.location.application.ReportLocating;
import city.gridline.grid.location.application.TriageItem;
import city.gridline.grid.location.application.TriageList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;

/**
 * Locates every received report and publishes the outcome on {@code reports.located} (binding
 * {@code reportLocations-out-0}, synchronous, acks=all) before the offset of the received report commits.
 */
public class ReportReceivedListener {

    static final String BINDING = "reportLocations-out-0";
    private static final Logger log = LoggerFactory.getLogger(ReportReceivedListener.class);

    private final ReportLocating locating;
    private final TriageList triage;
    private final StreamBridge bridge;
    private final EventCodec codec;

    public ReportReceivedListener(ReportLocating locating, TriageList triage, StreamBridge bridge, EventCodec codec) {
        this.locating = locating;
        this.triage = triage;
        this.bridge = bridge;
        this.codec = codec;
    }

    @SuppressWarnings("unchecked")
    public void onReportReceived(byte[] payload) {
        EventEnvelope<?> event = codec.decode(payload);
        if (!(event.data() instanceof ReportReceived)) {
            throw new UndecodableEventException(event.type() + " does not belong on reports.received");
        }
        try (MDC.MDCCloseable trace = MDC.putCloseable("traceId", event.traceId())) {
            EventEnvelope<ReportLocation> outcome = locating.locate((EventEnvelope<ReportReceived>) event);
            TriageItem.of(outcome.data(), outcome.occurredAt()).ifPresent(item -> triage.add(item).block());
            Message<byte[]> message = MessageBuilder.withPayload(codec.encode(outcome))
                .copyHeaders(CloudEventHeaders.encoded(outcome))
                .setHeader(KafkaHeaders.KEY, outcome.aggregateId().getBytes(StandardCharsets.UTF_8))
                .build();
            if (!bridge.send(BINDING, message)) {
                throw new IllegalStateException("the broker did not take " + outcome.type() + " " + outcome.eventId());
            }
            log.atInfo().addKeyValue("reportId", outcome.aggregateId()).addKeyValue("outcome", outcome.type())
                    .log("report located");
        }
    }
}
