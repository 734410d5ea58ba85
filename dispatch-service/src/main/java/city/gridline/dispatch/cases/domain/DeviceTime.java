package city.gridline.dispatch.cases.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a field device says an action happened. A phone that was offline sends its actions late, so its own
 * time is kept — within bounds: not ahead of the server by more than the allowed skew, and not older than the
 * longest offline spell the command centre accepts.
 */
public record DeviceTime(Duration allowedSkew, Duration longestOffline) {

    /** The time to record: the device's, when given and plausible; the server's otherwise. */
    public Instant accept(Instant deviceTime, Instant serverTime) {
        if (deviceTime == null) {
            return serverTime;
        }
        if (deviceTime.isAfter(serverTime.plus(allowedSkew))) {
            throw new InvalidCaseInput("deviceTime " + deviceTime + " is ahead of the server's clock by more than "
                    + allowedSkew.toMinutes() + " minutes");
        }
        if (deviceTime.isBefore(serverTime.minus(longestOffline))) {
            throw new InvalidCaseInput("deviceTime " + deviceTime + " is older than the accepted offline spell of "
                    + longestOffline.toHours() + " hours");
        }
        return deviceTime;
    }
}
