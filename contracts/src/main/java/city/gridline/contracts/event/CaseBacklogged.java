package city.gridline.contracts.event;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.case.backlogged.v1}: still unsolved after its extension, the case is kept on the problem backlog
 * (挂账).
 */
public record CaseBacklogged(String caseNumber, String reportId, String reason, String actor, Instant backloggedAt)
        implements CaseEvent {

    public CaseBacklogged {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(backloggedAt, "backloggedAt");
    }
}
