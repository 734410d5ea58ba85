package city.gridline.dispatch.cases.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a field device says an action happened. A phone that was offline sends its actions late, so its own
 * time is kept — within bounds: not ahead of the server by more than the allowed skew, and not older than the
 * longest offline spell the command centre accepts.
 */
public record DeviceTime(Duration allowedSkew, Duration longestOffline) {

    /**
     * The time to record: the device's, when given and plausible; the server's otherwise. An action on a case
     * cannot precede its handing over to the team ({@code handedOverAt}, null for none): a device time up to the
     * allowed skew before it is recorded as that moment, an earlier one is refused.
     */
    public Instant accept(Instant deviceTime, Instant serverTime, Instant handedOverAt) {
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
        if (handedOverAt != null && deviceTime.isBefore(handedOverAt)) {
            if (deviceTime.isBefore(handedOverAt.minus(allowedSkew))) {
                throw new InvalidCaseInput("deviceTime " + deviceTime + " is before the case was handed to its team at "
                        + handedOverAt);
            }
            return handedOverAt;
        }
        return deviceTime;
    }
}
