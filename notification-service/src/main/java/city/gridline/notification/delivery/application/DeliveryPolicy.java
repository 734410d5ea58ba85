package city.gridline.notification.delivery.application;

import java.time.Duration;
import java.util.Objects;

/**
 * {@code maxRounds}: delivery rounds before a notification is DEAD; {@code roundBackoff}: the wait between rounds;
 * {@code claimFor}: how long a round may hold a notification before another instance may take it over;
 * {@code batchSize}: notifications claimed per poll; {@code concurrency}: rounds running at once; {@code hold}: new
 * notifications are stored HELD, not sent, until an operator releases or discards them (for the replay after a
 * restore of the database, which would otherwise send again what went out before).
 */
public record DeliveryPolicy(int maxRounds, Duration roundBackoff, Duration claimFor, int batchSize, int concurrency,
                             boolean hold) {

    public DeliveryPolicy {
        Objects.requireNonNull(roundBackoff, "roundBackoff");
        Objects.requireNonNull(claimFor, "claimFor");
        if (maxRounds < 1 || batchSize < 1 || concurrency < 1) {
            throw new IllegalArgumentException("maxRounds, batchSize and concurrency are at least 1");
        }
    }
}
