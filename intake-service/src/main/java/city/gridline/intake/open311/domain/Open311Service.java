package city.gridline.intake.open311.domain;

import java.util.List;
import java.util.Objects;

/** A service Open311 clients may request, and the Gridline category a request for it is filed under. */
public record Open311Service(String code, String categoryCode, String name, String group, String keywords,
                             String description, List<ServiceAttribute> attributes) {

    public Open311Service {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(name, "name");
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** GeoReport's {@code metadata}: whether the service has a definition worth fetching. */
    public boolean metadata() {
        return !attributes.isEmpty();
    }
}
