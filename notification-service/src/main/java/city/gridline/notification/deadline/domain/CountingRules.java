package city.gridline.notification.deadline.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a deadline's due and warning instants were counted by: a {@code fingerprint} of the working-day calendar and
 * the warning share, and the last date the calendar's holiday lists speak for ({@code listedUntil}, null when they
 * list nothing).
 */
public record CountingRules(String fingerprint, LocalDate listedUntil) {

    public CountingRules {
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * True when these rules' lists end before {@code other}'s: an instance still on last year's lists, during a
     * rolling update to this year's, must not count the deadlines back.
     */
    public boolean listsEndBefore(CountingRules other) {
        if (other.listedUntil == null) {
            return false;
        }
        return listedUntil == null || listedUntil.isBefore(other.listedUntil);
    }
}
