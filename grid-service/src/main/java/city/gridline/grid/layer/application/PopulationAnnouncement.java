package city.gridline.grid.layer.application;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.PopulationChanged;
import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.Street;
import city.gridline.servicekit.TraceIds;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Announces the population of the layer in force — the district's and each street's households, residents and
 * cells — as {@code gridline.grid.population-changed.v1}: when a layer is activated, and at every start so that the
 * compacted topic holds the layer in force even if an announcement was lost.
 */
public class PopulationAnnouncement {

    public static final String SOURCE = "/gridline/grid-service";

    private final Consumer<EventEnvelope<PopulationChanged>> publisher;
    private final Clock clock;

    public PopulationAnnouncement(Consumer<EventEnvelope<PopulationChanged>> publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    public PopulationChanged announce(GridLayer layer, PopulationChanged.Reason reason) {
        Instant now = clock.instant();
        PopulationChanged population = census(layer, reason, now);
        publisher.accept(EventEnvelope.wrap(population, UUID.randomUUID().toString(), now,
                TraceIds.fromTraceparent(null), SOURCE));
        return population;
    }

    /** The layer's totals for its district and for each street, streets in code order. */
    static PopulationChanged census(GridLayer layer, PopulationChanged.Reason reason, Instant at) {
        Map<Street, List<Cell>> byStreet = layer.cells().stream().collect(Collectors.groupingBy(Cell::street));
        List<PopulationChanged.Area> streets = byStreet.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Street::code)))
                .map(street -> area(street.getKey().code(), street.getKey().name(), street.getValue()))
                .toList();
        return new PopulationChanged(layer.version(), reason,
                area(layer.district().code(), layer.district().name(), layer.cells()), streets, at);
    }

    private static PopulationChanged.Area area(String code, String name, List<Cell> cells) {
        return new PopulationChanged.Area(code, name, cells.stream().mapToLong(Cell::households).sum(),
                cells.stream().mapToLong(Cell::residents).sum(), cells.size());
    }
}
