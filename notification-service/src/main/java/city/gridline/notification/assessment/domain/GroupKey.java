package city.gridline.notification.assessment.domain;

import java.util.Objects;

/**
 * A group of the assessment: a district, street or team by code and name, a category by its code. {@code parent}
 * names the district a street lies in (null otherwise).
 */
public record GroupKey(String code, String name, String parent) {

    public static final GroupKey UNKNOWN = new GroupKey("unknown", "unknown", null);

    public GroupKey {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
