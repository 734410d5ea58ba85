package city.gridline.contracts.event;

import city.gridline.contracts.Channel;
import city.gridline.contracts.MaskedContact;
import city.gridline.contracts.SealedContact;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.report.reporter.v1}, on {@code reports.reporters} keyed by the primary report id: the reporter of
 * {@code reportId} follows the case of {@code primaryReportId} — the report itself, or the open report it repeats
 * (a duplicate merged into it). Published again when an operator unlinks a wrong merge. {@code contact} is the raw
 * contact sealed for the call-back (absent when the caller left none or no key is configured); {@code masked} is
 * safe to show; {@code receivedAt} is when intake received the report.
 */
public record ReporterRegistered(String reportId, String primaryReportId, Channel channel, String sourceTicketId,
                                 MaskedContact masked, SealedContact contact, String reason, Instant receivedAt)
        implements GridlineEvent {

    public ReporterRegistered {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(primaryReportId, "primaryReportId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sourceTicketId, "sourceTicketId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** True when this report repeats another rather than standing for its own case. */
    public boolean duplicate() {
        return !reportId.equals(primaryReportId);
    }

    @Override
    public String aggregateId() {
        return primaryReportId;
    }
}
