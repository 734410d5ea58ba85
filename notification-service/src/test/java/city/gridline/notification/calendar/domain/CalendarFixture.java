package city.gridline.notification.calendar.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The calendar as the service bundles it, read from the classpath like the service does. */
public final class CalendarFixture {

    private static final String BUNDLED = "calendar/cn-public-holidays.csv";

    private CalendarFixture() {
    }

    public static WorkingCalendar aBundledCalendar() {
        return WorkingCalendar.of(HolidayList.parse(BUNDLED, bundledLines()));
    }

    /**
     * The bundled calendar and a list for 2027 made up for tests, in the form of a State Council notice: New Year's
     * Day (a Friday) rests and Sunday 7 February is worked.
     */
    public static WorkingCalendar withA2027Notice() {
        return WorkingCalendar.of(HolidayList.parse(BUNDLED, bundledLines()), HolidayList.parse("2027", List.of(
                "2027-01-01,holiday,元旦,\"New Year's Day\"",
                "2027-02-07,workday,春节,\"Spring Festival\"")));
    }

    public static List<String> bundledLines() {
        try (InputStream in = CalendarFixture.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
