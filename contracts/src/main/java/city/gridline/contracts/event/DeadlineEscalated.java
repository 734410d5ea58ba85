package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.deadline.escalated.v1}: an overdue case reached the next step of the escalation ladder, this long
 * past its deadline.
 */
public record DeadlineEscalated(String caseNumber, TeamRef team, Level level, Instant dueAt, Instant escalatedAt)
        implements DeadlineEvent {

    /** The ladder's steps, in rising order. */
    public enum Level {
        /** 催办: the team is chased. */
        CHASE,
        /** 督办: the command centre supervises the case. */
        SUPERVISE,
        /** 通报: the overdue case is reported publicly. */
        PUBLIC_REPORT
    }

    public DeadlineEscalated {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(escalatedAt, "escalatedAt");
    }
}
