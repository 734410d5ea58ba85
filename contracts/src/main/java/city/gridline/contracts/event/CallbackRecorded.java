package city.gridline.contracts.event;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.callback.recorded.v1}: the hotline called the citizen back after the case was closed (回访) and
 * recorded how satisfied they are. Whether an unsatisfied result reopens the case is dispatch's decision.
 * {@code team}: the case's lead team, when known; {@code comment} may be empty.
 */
public record CallbackRecorded(String caseNumber, String reportId, TeamRef team, Result result, String comment,
                               String operator, Instant recordedAt) implements NotificationEvent {

    public enum Result {
        SATISFIED,
        BASICALLY_SATISFIED,
        UNSATISFIED
    }

    public CallbackRecorded {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(recordedAt, "recordedAt");
        comment = comment == null ? "" : comment;
    }
}
