package city.gridline.grid.layer.adapter.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import java.util.List;
import java.util.Optional;

/**
 * {@code gridline.grid.layer.info{version}} = 1: the layer version this instance locates reports against (no series
 * while none is in force). Across instances it shows whether they all agree (alert {@code GridlineLayerVersionsDiffer}).
 */
public class LayerInForceGauge {

    private final MultiGauge versions;

    public LayerInForceGauge(MeterRegistry registry) {
        this.versions = MultiGauge.builder("gridline.grid.layer.info")
                .description("The grid layer version this instance locates reports against (value 1)")
                .register(registry);
    }

    public void show(Optional<String> version) {
        versions.register(version.map(v -> List.of(MultiGauge.Row.of(Tags.of("version", v), 1)))
                .orElse(List.of()), true);
    }
}
