package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.SpecialZones;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The layer in force with the district's special zones, swapped as a whole when another version is activated or
 * other zones are imported; reports in flight keep theirs. The two changes are serialised, so neither undoes the
 * other. A new installation without the demo layer has no layer in force until the grid administrator imports and
 * activates one; the zones are kept all the same.
 */
public final class ActiveLayer {

    /** {@code layer} is null while none is in force. */
    private record InForce(CurrentLayer layer, SpecialZones zones) {
    }

    private final AtomicReference<InForce> current;

    public ActiveLayer(CurrentLayer initial) {
        this.current = new AtomicReference<>(new InForce(initial, initial.zones()));
    }

    private ActiveLayer(SpecialZones zones) {
        this.current = new AtomicReference<>(new InForce(null, zones));
    }

    /** No layer in force yet, these zones. */
    public static ActiveLayer none(SpecialZones zones) {
        return new ActiveLayer(zones);
    }

    public Optional<CurrentLayer> find() {
        return Optional.ofNullable(current.get().layer());
    }

    /** The layer in force; {@link NoLayerInForceException} while there is none. */
    public CurrentLayer get() {
        return find().orElseThrow(NoLayerInForceException::new);
    }

    /** The special zones in force, with or without a layer. */
    public SpecialZones zones() {
        return current.get().zones();
    }

    /** Puts another layer in force; the special zones in force stay. */
    synchronized void activate(CurrentLayer layer) {
        SpecialZones zones = zones();
        current.set(new InForce(layer.withZones(zones), zones));
    }

    /** Puts other special zones in force over the same layer. */
    synchronized void replaceZones(SpecialZones zones) {
        CurrentLayer layer = current.get().layer();
        current.set(new InForce(layer == null ? null : layer.withZones(zones), zones));
    }

    /** {@link #activate}, if {@code stillCurrent} holds once no other change can come in between. */
    synchronized boolean activateIf(CurrentLayer layer, BooleanSupplier stillCurrent) {
        if (!stillCurrent.getAsBoolean()) {
            return false;
        }
        activate(layer);
        return true;
    }

    /** {@link #replaceZones}, if {@code stillLatest} holds once no other change can come in between. */
    synchronized boolean replaceZonesIf(SpecialZones zones, BooleanSupplier stillLatest) {
        if (!stillLatest.getAsBoolean()) {
            return false;
        }
        replaceZones(zones);
        return true;
    }
}
