package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/** {@code gridline.deadline.overdue.v1}: the case was not handled by its deadline (超期). */
public record DeadlineOverdue(String caseNumber, TeamRef team, Instant dueAt, Instant overdueAt)
        implements DeadlineEvent {

    public DeadlineOverdue {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(overdueAt, "overdueAt");
    }
}
