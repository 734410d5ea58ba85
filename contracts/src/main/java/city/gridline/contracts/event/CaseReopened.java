package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.case.reopened.v1}: a closed case is open again (重办) because the citizen's call-back was
 * unsatisfied and dispatch's policy reopens such cases. It goes back to {@code team}, the team that handled it, for
 * rework (返工), with a fresh handling clock of {@code handlingLimit} starting at {@code reopenedAt} (null: the
 * consumer's default, as for a dispatch without one). {@code callbackEventId} is the call-back event that caused it.
 */
public record CaseReopened(String caseNumber, String reportId, TeamRef team, TimeLimit handlingLimit, String reason,
                           String callbackEventId, String actor, Instant reopenedAt) implements CaseEvent {

    public CaseReopened {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(callbackEventId, "callbackEventId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reopenedAt, "reopenedAt");
    }
}
