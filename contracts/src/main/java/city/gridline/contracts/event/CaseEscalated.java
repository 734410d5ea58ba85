package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/** {@code gridline.case.escalated.v1}: the command centre escalated the case (督办) and named why. */
public record CaseEscalated(String caseNumber, String reportId, TeamRef team, String reason, String actor,
                            Instant escalatedAt) implements CaseEvent {

    public CaseEscalated {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(escalatedAt, "escalatedAt");
    }
}
