package city.gridline.notification.staffing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A district's population and its streets', as grid last announced them for its layer in force. */
public record DistrictPopulation(Population district, List<Population> streets, String layerVersion,
                                 Instant announcedAt) {

    public DistrictPopulation {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(layerVersion, "layerVersion");
        Objects.requireNonNull(announcedAt, "announcedAt");
        streets = streets == null ? List.of() : List.copyOf(streets);
    }
}
