package city.gridline.dispatch.cases.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Case numbers such as {@code 261123-00042}: the filing day and that day's sequence, digits only, so an operator
 * can read one out over the phone without spelling letters.
 */
public final class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private CaseNumbers() {
    }

    /** The key of the day's sequence. */
    public static String dayKey(LocalDate day) {
        return DAY.format(day);
    }

    public static String format(LocalDate day, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("case sequence starts at 1: " + sequence);
        }
        return dayKey(day) + "-" + String.format("%05d", sequence);
    }
}
