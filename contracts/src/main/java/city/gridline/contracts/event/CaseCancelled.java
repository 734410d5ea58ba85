package city.gridline.contracts.event;

import java.time.Instant;
import java.util.Objects;

/** {@code gridline.case.cancelled.v1}: the command centre cancelled the case as invalid (作废), with the reason. */
public record CaseCancelled(String caseNumber, String reportId, String reason, String actor, Instant cancelledAt)
        implements CaseEvent {

    public CaseCancelled {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }
}
