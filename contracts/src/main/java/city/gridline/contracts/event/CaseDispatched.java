package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/** {@code gridline.case.dispatched.v1}: the case was sent to a team (派遣); its handling clock starts here. */
public record CaseDispatched(String caseNumber, String reportId, TeamRef team, String cellCode, String reason,
                             String actor, Instant dispatchedAt) implements CaseEvent {

    public CaseDispatched {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(cellCode, "cellCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
    }
}
