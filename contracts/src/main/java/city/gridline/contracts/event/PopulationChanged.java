package city.gridline.contracts.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code gridline.grid.population-changed.v1}, on the compacted {@code grid.population}, keyed by district code:
 * the households, residents and cells of a district and of each of its streets in the grid layer now in force.
 * Grid announces it when a layer is activated ({@link Reason#ACTIVATED}) and again at every start
 * ({@link Reason#STARTED}); compaction keeps each district's latest, so a new consumer learns it from the topic.
 */
public record PopulationChanged(String layerVersion, Reason reason, Area district, List<Area> streets,
                                Instant announcedAt) implements GridlineEvent {

    public enum Reason {
        ACTIVATED,
        STARTED
    }

    /** An administrative area's totals over the layer's cells. */
    public record Area(String code, String name, long households, long residents, int cells) {

        public Area {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    public PopulationChanged {
        Objects.requireNonNull(layerVersion, "layerVersion");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(announcedAt, "announcedAt");
        streets = streets == null ? List.of() : List.copyOf(streets);
    }

    @Override
    public String aggregateId() {
        return district.code();
    }
}
