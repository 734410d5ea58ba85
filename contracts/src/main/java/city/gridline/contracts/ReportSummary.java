package city.gridline.contracts;

import java.time.Instant;
import java.util.Objects;

/** What later stages need to know of a report, carried forward so that no service reads another's database. */
public record ReportSummary(Channel channel, String sourceTicketId, String categoryCode, String description,
                            String address, Instant receivedAt) {

    public ReportSummary {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sourceTicketId, "sourceTicketId");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
