package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/** {@code gridline.deadline.warning.v1}: most of the case's handling time is used up (预警); due at {@code dueAt}. */
public record DeadlineWarning(String caseNumber, TeamRef team, Instant warningAt, Instant dueAt, Instant warnedAt)
        implements DeadlineEvent {

    public DeadlineWarning {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(warningAt, "warningAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(warnedAt, "warnedAt");
    }
}
