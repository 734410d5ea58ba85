package city.gridline.notification.deadline.domain;

import city.gridline.contracts.TimeLimit;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A dispatched case's handling deadline: the clock starts at dispatch; {@code extensions} are the limits granted on
 * top of the first ({@code 延期}), oldest first.
 */
public record CaseDeadline(String caseNumber, Instant dispatchedAt, TimeLimit limit, List<TimeLimit> extensions,
                           Instant warningAt, Instant dueAt) {

    public CaseDeadline {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
        Objects.requireNonNull(limit, "limit");
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(warningAt, "warningAt");
        Objects.requireNonNull(dueAt, "dueAt");
        if (warningAt.isAfter(dueAt) || dueAt.isBefore(dispatchedAt)) {
            throw new IllegalArgumentException("expected dispatch ≤ warning ≤ due, got " + dispatchedAt + ", "
                    + warningAt + ", " + dueAt);
        }
    }

    public DeadlineState stateAt(Instant now) {
        if (now.isBefore(warningAt)) {
            return DeadlineState.ON_TIME;
        }
        return now.isBefore(dueAt) ? DeadlineState.WARNING : DeadlineState.OVERDUE;
    }
}
