package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.GridLayerGenerator;
import city.gridline.grid.layer.domain.GridLayerRequest;
import city.gridline.grid.layer.domain.SpecialZones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Brings the current layer into memory at start-up. A new installation with the demo layer enabled generates it
 * from the bundled reference data and stores it, so every later start serves the very same stored layer.
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

    public CurrentLayer load(boolean generateDemoWhenEmpty, Supplier<GridLayerRequest> demoRequest) {
        GridLayer layer = store.loadCurrent().orElseGet(() -> {
            if (!generateDemoWhenEmpty) {
                throw new IllegalStateException("no grid layer is stored and the demo layer is disabled");
            }
            long started = System.nanoTime();
            GridLayer generated = new GridLayerGenerator().generate(demoRequest.get());
            store.save(generated, LocalDate.now(clock), LayerHeader.Origin.GENERATED);
            store.markCurrent(generated.version());
            log.atInfo().addKeyValue("layerVersion", generated.version())
                    .addKeyValue("cells", generated.cells().size())
                    .addKeyValue("millis", (System.nanoTime() - started) / 1_000_000)
                    .log("demo grid layer generated and stored");
            return generated;
        });
        log.atInfo().addKeyValue("layerVersion", layer.version()).addKeyValue("cells", layer.cells().size())
                .log("grid layer loaded");
        return new CurrentLayer(layer, zones, boundaryDistanceMetres);
    }
}
