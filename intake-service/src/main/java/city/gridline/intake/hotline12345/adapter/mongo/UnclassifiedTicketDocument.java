package city.gridline.intake.hotline12345.adapter.mongo;

import city.gridline.intake.hotline12345.domain.UnclassifiedTicket;
import city.gridline.intake.hotline12345.domain.WorkOrder;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** One 12345 work order waiting for (or past) manual classification, keyed by its ticket number. */
@Document(UnclassifiedTicketDocument.COLLECTION)
record UnclassifiedTicketDocument(@Id String ticketNumber, WorkOrder workOrder, Instant receivedAt, String traceId,
                                  String categoryCode, String reportId) {

    static final String COLLECTION = "unclassified_12345";

    static UnclassifiedTicketDocument of(UnclassifiedTicket ticket) {
        return new UnclassifiedTicketDocument(ticket.ticketNumber(), ticket.workOrder(), ticket.receivedAt(),
                ticket.traceId(), ticket.categoryCode(), ticket.reportId());
    }

    UnclassifiedTicket toTicket() {
        return new UnclassifiedTicket(workOrder, receivedAt, traceId, categoryCode, reportId);
    }
}
