package city.gridline.intake.hotline12345.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A work order whose category path maps to no Gridline category: kept until a person classifies it, never dropped.
 * {@code categoryCode} and {@code reportId} are set once it has been classified and filed.
 */
public record UnclassifiedTicket(WorkOrder workOrder, Instant receivedAt, String traceId, String categoryCode,
                                 String reportId) {

    public UnclassifiedTicket {
        Objects.requireNonNull(workOrder, "workOrder");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(traceId, "traceId");
    }

    public String ticketNumber() {
        return workOrder.ticketNumber();
    }

    public boolean filed() {
        return reportId != null;
    }
}
