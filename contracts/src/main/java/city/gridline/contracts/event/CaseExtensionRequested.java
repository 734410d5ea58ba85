package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;

import java.time.Instant;
import java.util.Objects;

/** {@code gridline.case.extension-requested.v1}: the team asked for more time (延期申请). */
public record CaseExtensionRequested(String caseNumber, String reportId, TeamRef team, TimeLimit extension,
                                     String reason, String actor, Instant requestedAt) implements CaseEvent {

    public CaseExtensionRequested {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
