package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.SpecialZones;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The layer in force with the district's special zones, swapped as a whole when another version is activated or
 * other zones are imported; reports in flight keep theirs. The two changes are serialised, so neither undoes the
 * other.
 */
public final class ActiveLayer {

    private final AtomicReference<CurrentLayer> current;

    public ActiveLayer(CurrentLayer initial) {
        this.current = new AtomicReference<>(initial);
    }

    public CurrentLayer get() {
        return current.get();
    }

    /** Puts another layer in force; the special zones in force stay. */
    synchronized void activate(CurrentLayer layer) {
        current.set(layer.withZones(current.get().zones()));
    }

    /** Puts other special zones in force over the same layer. */
    synchronized void replaceZones(SpecialZones zones) {
        current.set(current.get().withZones(zones));
    }
}
