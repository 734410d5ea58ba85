package city.gridline.notification.deadline.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * An escalation level reached once a case is this long past its deadline, counted the way its limit counts: wall-clock
 * time for an hours limit, time on working days for a working-days limit.
 */
public record EscalationStep(EscalationLevel level, Duration pastDeadline) {

    public EscalationStep {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(pastDeadline, "pastDeadline");
        if (pastDeadline.isNegative()) {
            throw new IllegalArgumentException("an escalation step comes after the deadline: " + pastDeadline);
        }
    }
}
