package city.gridline.notification.assessment.adapter.kafka;

import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.notification.assessment.application.ReceivedReports;
import org.springframework.messaging.Message;

/** Counts every report intake received, once per report id, for the filing rate. */
public class ReportReceivedListener {

    private final ReceivedReports reports;
    private final EventCodec codec;

    public ReportReceivedListener(ReceivedReports reports, EventCodec codec) {
        this.reports = reports;
        this.codec = codec;
    }

    public void onReportReceived(Message<byte[]> message) {
        EventEnvelope<?> event = codec.decode(message.getPayload());
        if (!(event.data() instanceof ReportReceived received)) {
            throw new UndecodableEventException(event.type() + " does not belong on reports.received");
        }
        reports.recordIfAbsent(received.reportId(), received.receivedAt()).block();
    }
}
