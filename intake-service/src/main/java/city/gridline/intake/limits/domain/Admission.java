package city.gridline.intake.limits.domain;

import java.time.Duration;

/** Whether a request may go ahead; when it may not, how long until the client may try again. */
public record Admission(boolean admitted, Duration retryAfter) {

    static final Admission ADMITTED = new Admission(true, Duration.ZERO);

    static Admission refused(Duration retryAfter) {
        return new Admission(false, retryAfter);
    }

    /** Whole seconds, at least one, as HTTP's Retry-After wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
