package city.gridline.notification.delivery.domain;

import java.time.Instant;
import java.util.Objects;

/** One try to hand a notification to its channel, in delivery round {@code round}; {@code failure} is null on success. */
public record DeliveryAttempt(Instant at, int round, String failure) {

    public DeliveryAttempt {
        Objects.requireNonNull(at, "at");
    }

    public static DeliveryAttempt succeeded(Instant at, int round) {
        return new DeliveryAttempt(at, round, null);
    }

    public static DeliveryAttempt failed(Instant at, int round, String failure) {
        return new DeliveryAttempt(at, round, Objects.requireNonNull(failure, "failure"));
    }

    public boolean succeeded() {
        return failure == null;
    }
}
