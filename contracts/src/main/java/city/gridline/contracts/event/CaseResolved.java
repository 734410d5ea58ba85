package city.gridline.contracts.event;

import city.gridline.contracts.EvidenceRef;
import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code gridline.case.resolved.v1}: the team reported the problem handled (处理反馈), with notes and before/after
 * evidence.
 */
public record CaseResolved(String caseNumber, String reportId, TeamRef team, String notes, List<EvidenceRef> evidence,
                           String actor, Instant resolvedAt) implements CaseEvent {

    public CaseResolved {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
