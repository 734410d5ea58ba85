package city.gridline.notification.assessment.domain;

import java.util.Locale;
import java.util.Optional;

/** What the assessment's rows are. */
public enum GroupBy {
    DISTRICT,
    STREET,
    TEAM,
    CATEGORY;

    /** {@code district}, {@code street}, … as the API spells them; empty for anything else. */
    public static Optional<GroupBy> parse(String text) {
        for (GroupBy groupBy : values()) {
            if (groupBy.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(groupBy);
            }
        }
        return Optional.empty();
    }
}
