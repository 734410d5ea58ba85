package city.gridline.grid;

import city.gridline.grid.layer.adapter.reference.ReferenceDataset;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gridline.grid.*}: the boundary distance for boundary cases, the district's reference dataset (its outline,
 * official street and community lists and population), and whether a new installation generates a demo layer
 * from that dataset.
 */
@ConfigurationProperties("gridline.grid")
record GridProperties(double boundaryDistanceMetres, ReferenceDataset reference, DemoLayer demoLayer) {

    record DemoLayer(boolean enabled, String version) {
    }
}
