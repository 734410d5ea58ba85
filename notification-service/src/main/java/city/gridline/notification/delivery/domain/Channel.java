package city.gridline.notification.delivery.domain;

import java.util.Locale;

/** How a notification reaches its recipient. */
public enum Channel {
    SMS,
    WEBHOOK,
    EMAIL,
    /** A push to the field team's mobile app. */
    TEAM_PUSH;

    /** The channel's name in configuration and metrics: {@code sms}, {@code team-push}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
