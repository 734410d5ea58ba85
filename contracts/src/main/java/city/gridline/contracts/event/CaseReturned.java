package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.case.returned.v1}: the team handed the task back (退单) with its reason; the command centre re-
 * dispatches it.
 */
public record CaseReturned(String caseNumber, String reportId, TeamRef team, String reason, String actor,
                           Instant returnedAt) implements CaseEvent {

    public CaseReturned {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(returnedAt, "returnedAt");
    }
}
