package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.GridLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;

/**
 * Keeps this instance's layer and zones in step with the store. The grid administrator's activation or zone import
 * reaches one instance; every other instance finds it here at its next {@link #follow}, so that all of them locate
 * reports against the same layer within one interval. A swap happens only if what was read is still what the store
 * holds, so a slow follow never puts back what an activation on this instance has just replaced.
 */
public class LayerFollower {

    private static final Logger log = LoggerFactory.getLogger(LayerFollower.class);

    private final LayerStore layers;
    private final ZoneStore zones;
    private final ActiveLayer active;
    private final double boundaryDistanceMetres;
    private String zoneSet;

    /** @param zoneSetAtStart the zone set the instance started with (empty: the bundled zones) */
    public LayerFollower(LayerStore layers, ZoneStore zones, ActiveLayer active, double boundaryDistanceMetres,
                         Optional<String> zoneSetAtStart) {
        this.layers = layers;
        this.zones = zones;
        this.active = active;
        this.boundaryDistanceMetres = boundaryDistanceMetres;
        this.zoneSet = zoneSetAtStart.orElse(null);
    }

    public synchronized void follow() {
        followLayer();
        followZones();
    }

    private void followLayer() {
        Optional<String> stored = layers.currentVersion();
        if (stored.isEmpty() || stored.equals(active.find().map(CurrentLayer::version))) {
            return;
        }
        GridLayer layer = layers.load(stored.get()).orElseThrow(() -> new LayerNotFoundException(stored.get()));
        CurrentLayer ready = new CurrentLayer(layer, active.zones(), boundaryDistanceMetres);
        if (active.activateIf(ready, () -> stored.equals(layers.currentVersion()))) {
            log.atInfo().addKeyValue("layerVersion", layer.version()).addKeyValue("cells", layer.cells().size())
                    .log("grid layer activated elsewhere now in force here");
        }
    }

    private void followZones() {
        Optional<String> latest = zones.currentSetId();
        if (latest.isEmpty() || Objects.equals(latest.get(), zoneSet)) {
            return;
        }
        zones.loadCurrent().ifPresent(loaded -> {
            if (active.replaceZonesIf(loaded, () -> latest.equals(zones.currentSetId()))) {
                zoneSet = latest.get();
                log.atInfo().addKeyValue("zoneSet", zoneSet).addKeyValue("zones", loaded.zones().size())
                        .log("special zones imported elsewhere now in force here");
            }
        });
    }
}
