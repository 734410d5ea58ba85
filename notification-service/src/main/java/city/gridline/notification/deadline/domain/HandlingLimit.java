package city.gridline.notification.deadline.domain;

import java.util.Objects;

/** A handling time limit (处置时限), e.g. 6 hours or 3 working days. */
public record HandlingLimit(int amount, LimitUnit unit) {

    public HandlingLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("a handling limit is at least 1, was " + amount);
        }
    }

    public static HandlingLimit hours(int amount) {
        return new HandlingLimit(amount, LimitUnit.HOURS);
    }

    public static HandlingLimit workingDays(int amount) {
        return new HandlingLimit(amount, LimitUnit.WORKING_DAYS);
    }
}
