package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.Urgency;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code gridline.case.dispatched.v1}: the case was sent to a team (派遣); its handling clock starts here. A case
 * returned or left unsigned is dispatched again: the newest dispatch is the one in force.
 *
 * <p>Added within v1 (absent in older events): {@code categoryCode}; {@code urgency} and {@code handlingLimit},
 * the time limit the handling clock runs against; {@code signBy}, the instant by which the team must sign for the
 * task; {@code assistingTeams}, the teams that join the lead team in joint enforcement (联合执法; none by default).
 */
public record CaseDispatched(String caseNumber, String reportId, TeamRef team, String cellCode, String reason,
                             String actor, Instant dispatchedAt, String categoryCode, Urgency urgency,
                             TimeLimit handlingLimit, Instant signBy, List<TeamRef> assistingTeams)
        implements CaseEvent {

    public CaseDispatched {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(cellCode, "cellCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
        assistingTeams = assistingTeams == null ? List.of() : List.copyOf(assistingTeams);
    }
}
