package city.gridline.notification.delivery.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * No SMS wakes a citizen: between {@code start} and {@code end} in the city's zone (22:00–08:00 by default, across
 * midnight) an SMS to a citizen waits for {@code end}, unless it is an emergency. Teams on duty get theirs at once.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
    }

    public boolean appliesTo(Channel channel, Recipient recipient, boolean emergency) {
        return channel == Channel.SMS && recipient.kind() == RecipientKind.CITIZEN && !emergency;
    }

    /** {@code now} outside quiet hours, else the end of the quiet hours now running. */
    public Instant earliestDelivery(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean quiet = start.isAfter(end)
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return now;
        }
        ZonedDateTime endToday = local.with(end);
        return (time.isBefore(end) ? endToday : endToday.plusDays(1)).toInstant();
    }

    /** When a notification may go out, first sent at {@code now}. */
    public Instant earliestDelivery(Notification notification, Instant now) {
        return appliesTo(notification.channel(), notification.recipient(), notification.emergency())
                ? earliestDelivery(now) : now;
    }
}
