package city.gridline.grid;

import city.gridline.grid.layer.adapter.reference.ReferenceDataset;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gridline.grid.demo-layer.*}: whether a new installation generates a layer from bundled reference data,
 * the version it gets, and which dataset it is generated from.
 */
@ConfigurationProperties("gridline.grid.demo-layer")
record DemoLayerProperties(boolean enabled, String version, ReferenceDataset dataset) {
}
