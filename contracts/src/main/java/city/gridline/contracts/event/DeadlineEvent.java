package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;

import java.time.Instant;

/**
 * A case's handling deadline moved on: near its end, past it, or a step up the escalation ladder. Each happens once
 * per case (again only after an extension moved the deadline). {@code team} is the lead team at the time.
 */
public sealed interface DeadlineEvent extends NotificationEvent permits DeadlineWarning, DeadlineOverdue, DeadlineEscalated {

    TeamRef team();

    Instant dueAt();
}
