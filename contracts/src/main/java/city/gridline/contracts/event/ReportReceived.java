package city.gridline.contracts.event;

import city.gridline.contracts.Channel;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.MaskedContact;
import city.gridline.contracts.ReportSummary;

import java.time.Instant;
import java.util.Objects;

/** {@code gridline.report.received.v1}: intake accepted a report. Either a location or an address is present. */
public record ReportReceived(String reportId, Channel channel, String sourceTicketId, String categoryCode,
                             String description, GeoPoint location, String address, MaskedContact reporter,
                             Instant receivedAt) implements GridlineEvent {

    public ReportReceived {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sourceTicketId, "sourceTicketId");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (location == null && (address == null || address.isBlank())) {
            throw new IllegalArgumentException("a report needs a location or an address");
        }
    }

    @Override
    public String aggregateId() {
        return reportId;
    }

    public ReportSummary summary() {
        return new ReportSummary(channel, sourceTicketId, categoryCode, description, address, receivedAt);
    }
}
