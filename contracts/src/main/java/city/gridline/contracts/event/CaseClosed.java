package city.gridline.contracts.event;

import java.time.Instant;
import java.util.Objects;

/** {@code gridline.case.closed.v1}: the case was closed (结案) after a passed verification. */
public record CaseClosed(String caseNumber, String reportId, String reason, String actor, Instant closedAt)
        implements CaseEvent {

    public CaseClosed {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
