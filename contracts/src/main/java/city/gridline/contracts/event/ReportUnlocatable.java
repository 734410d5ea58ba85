package city.gridline.contracts.event;

import city.gridline.contracts.ReportSummary;

import java.util.Objects;

/** {@code gridline.report.unlocatable.v1}: the report could not be placed in a cell; the reason says why. */
public record ReportUnlocatable(String reportId, ReportSummary report, UnlocatableReason reasonCode, String reason)
        implements ReportLocation {

    public ReportUnlocatable {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reason, "reason");
    }
}
