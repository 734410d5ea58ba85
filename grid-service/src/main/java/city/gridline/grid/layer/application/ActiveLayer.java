package city.gridline.grid.layer.application;

import java.util.concurrent.atomic.AtomicReference;

/** The layer in force, swapped as a whole when another version is activated; reports in flight keep theirs. */
public final class ActiveLayer {

    private final AtomicReference<CurrentLayer> current;

    public ActiveLayer(CurrentLayer initial) {
        this.current = new AtomicReference<>(initial);
    }

    public CurrentLayer get() {
        return current.get();
    }

    void activate(CurrentLayer layer) {
        current.set(layer);
    }
}
