package city.gridline.notification.delivery.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Instants as a message reads them out: {@code 10月10日24:00} for the midnight that ends a day, as deadlines do. */
public final class ChineseTime {

    private ChineseTime() {
    }

    public static String of(Instant instant, ZoneId zone) {
        ZonedDateTime time = instant.atZone(zone);
        if (time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            ZonedDateTime dayBefore = time.minusDays(1);
            return dayBefore.getMonthValue() + "月" + dayBefore.getDayOfMonth() + "日24:00";
        }
        return time.getMonthValue() + "月" + time.getDayOfMonth() + "日"
                + String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
