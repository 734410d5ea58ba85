package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.case.chased.v1}: the team was urged to act (催办), by the command centre or because it did not
 * sign in time.
 */
public record CaseChased(String caseNumber, String reportId, TeamRef team, String reason, String actor,
                         Instant chasedAt) implements CaseEvent {

    public CaseChased {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(chasedAt, "chasedAt");
    }
}
