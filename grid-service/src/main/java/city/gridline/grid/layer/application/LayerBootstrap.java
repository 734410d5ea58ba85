package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.GridLayerGenerator;
import city.gridline.grid.layer.domain.GridLayerRequest;
import city.gridline.grid.layer.domain.SpecialZones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Brings the current layer into memory at start-up. A new installation with the demo layer enabled generates it
 * from the bundled reference data and stores it, so every later start serves the very same stored layer; one with
 * the demo layer disabled starts with no layer in force.
 */
public final class LayerBootstrap {

    private static final Logger log = LoggerFactory.getLogger(LayerBootstrap.class);

    private final LayerStore store;
    private final SpecialZones zones;
    private final double boundaryDistanceMetres;
    private final Clock clock;

    public LayerBootstrap(LayerStore store, SpecialZones zones, double boundaryDistanceMetres, Clock clock) {
        this.store = store;
        this.zones = zones;
        this.boundaryDistanceMetres = boundaryDistanceMetres;
        this.clock = clock;
    }

    /**
     * The layer stored as current, else (with {@code generateDemoWhenEmpty}) the demo layer generated and stored, else
     * none: the service then starts without a layer in force and waits for the grid administrator's import.
     */
    public ActiveLayer load(boolean generateDemoWhenEmpty, Supplier<GridLayerRequest> demoRequest) {
        Optional<GridLayer> stored = store.loadCurrent();
        if (stored.isEmpty() && !generateDemoWhenEmpty) {
            log.atWarn().log("no grid layer is stored and the demo layer is disabled: no layer in force, every report "
                    + "goes to manual triage until a layer is imported and activated");
            return ActiveLayer.none(zones);
        }
        GridLayer layer = stored.orElseGet(() -> generateDemo(demoRequest.get()));
        log.atInfo().addKeyValue("layerVersion", layer.version()).addKeyValue("cells", layer.cells().size())
                .log("grid layer loaded");
        return new ActiveLayer(new CurrentLayer(layer, zones, boundaryDistanceMetres));
    }

    private GridLayer generateDemo(GridLayerRequest request) {
        long started = System.nanoTime();
        GridLayer generated = new GridLayerGenerator().generate(request);
        store.save(generated, LocalDate.now(clock), LayerHeader.Origin.GENERATED);
        store.markCurrent(generated.version());
        log.atInfo().addKeyValue("layerVersion", generated.version())
                .addKeyValue("cells", generated.cells().size())
                .addKeyValue("millis", (System.nanoTime() - started) / 1_000_000)
                .log("demo grid layer generated and stored");
        return generated;
    }
}
