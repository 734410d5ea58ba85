package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.deadline.overdue.v1}: the case was not handled by its deadline (超期). {@code deadlineSetAt} says
 * which deadline: the instant of the case event that set it, as that event gives it (the dispatch's
 * {@code dispatchedAt}, the reopening's {@code reopenedAt} or the last granted extension's {@code decidedAt}). A
 * consumer that has since seen a later such event knows the notice is about a deadline no longer in force. Null
 * where the sender cannot tell (a deadline extended before it recorded extension times).
 */
public record DeadlineOverdue(String caseNumber, TeamRef team, Instant dueAt, Instant overdueAt,
                              Instant deadlineSetAt) implements DeadlineEvent {

    public DeadlineOverdue {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(overdueAt, "overdueAt");
    }
}
