package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/** {@code gridline.case.accepted.v1}: the team signed for the task (签收). */
public record CaseAccepted(String caseNumber, String reportId, TeamRef team, String actor, Instant acceptedAt)
        implements CaseEvent {

    public CaseAccepted {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
