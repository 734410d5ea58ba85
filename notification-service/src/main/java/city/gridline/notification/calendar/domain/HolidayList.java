package city.gridline.notification.calendar.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the holiday list format {@code date,kind,name_zh,name_en} ({@code kind} = {@code holiday} | {@code workday}):
 * a header line, comment lines starting with {@code #} and blank lines are skipped. Within a list, a later line for
 * the same date replaces an earlier one.
 */
public final class HolidayList {

    private HolidayList() {
    }

    public static Map<LocalDate, DayKind> parse(String source, List<String> lines) {
        Map<LocalDate, DayKind> days = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("date,")) {
                continue;
            }
            String[] fields = line.split(",", 3);
            if (fields.length < 2) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected date,kind,… but got " + line);
            }
            days.put(date(source, i + 1, fields[0]), kind(source, i + 1, fields[1]));
        }
        return days;
    }

    private static LocalDate date(String source, int line, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + " line " + line + ": not a date (yyyy-MM-dd): " + text, e);
        }
    }

    private static DayKind kind(String source, int line, String text) {
        try {
            return DayKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " line " + line + ": kind must be holiday or workday: " + text, e);
        }
    }
}
