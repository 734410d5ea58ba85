package city.gridline.contracts;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A handling time limit as the responsibility list states it: a number of wall-clock hours, or of working days
 * (weekends and public holidays skipped, adjusted working days counted). Written {@code 24H} or {@code 3WD}.
 */
public record TimeLimit(int amount, Unit unit) {

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,4})(H|WD)");

    public enum Unit {
        HOURS("H"),
        WORKING_DAYS("WD");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }
    }

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("a time limit is at least 1: " + amount);
        }
    }

    public static TimeLimit hours(int amount) {
        return new TimeLimit(amount, Unit.HOURS);
    }

    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, Unit.WORKING_DAYS);
    }

    /** Reads {@code 24H} or {@code 3WD}. */
    public static TimeLimit parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a time limit (like 24H or 3WD): " + text);
        }
        Unit unit = matcher.group(2).equals("H") ? Unit.HOURS : Unit.WORKING_DAYS;
        return new TimeLimit(Integer.parseInt(matcher.group(1)), unit);
    }

    /** The written form, e.g. {@code 3WD}. */
    public String text() {
        return amount + unit.suffix;
    }
}
