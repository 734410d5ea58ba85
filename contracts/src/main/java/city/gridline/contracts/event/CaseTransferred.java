package city.gridline.contracts.event;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.case.transferred.v1}: the matter is outside comprehensive enforcement and was handed to the
 * department that owns it (移交), for the hotline to pass on.
 */
public record CaseTransferred(String caseNumber, String reportId, String categoryCode, String department,
                              String reason, String actor, Instant transferredAt) implements CaseEvent {

    public CaseTransferred {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(transferredAt, "transferredAt");
    }
}
