package city.gridline.notification.register.domain;

import java.time.Instant;
import java.util.Objects;

/** A supervisor's check of a reported result; a failed one sends the case back for rework. */
public record Verification(Instant at, boolean passed) {

    public Verification {
        Objects.requireNonNull(at, "at");
    }
}
