package city.gridline.grid.layer;

import city.gridline.grid.layer.adapter.reference.BundledReferenceData;
import city.gridline.grid.layer.adapter.reference.ReferenceDataset;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.GridLayerGenerator;
import city.gridline.grid.layer.domain.GridLayerRequest;
import city.gridline.grid.layer.domain.GridSettings;

/** The bundled reference data of Beijing's Chaoyang District, as the service's configuration names it. */
public final class ChaoyangDataset {

    public static final int CENSUS_2020_POPULATION = 3_452_460;

    public static final ReferenceDataset DATASET = new ReferenceDataset("110105", CENSUS_2020_POPULATION,
            "/reference/districts-beijing.csv", "/reference/beijing-chaoyang-110105-streets.csv",
            "/reference/beijing-chaoyang-110105-communities.csv",
            "/reference/beijing-chaoyang-110105-outline.geojson", "/reference/chaoyang-special-zones.geojson");

    private ChaoyangDataset() {
    }

    public static GridLayerRequest request(String version) {
        return BundledReferenceData.request(DATASET, GridSettings.defaults(version));
    }

    /** The demo layer, generated once for every test that only reads it. */
    public static GridLayer layer() {
        return Generated.LAYER;
    }

    private static final class Generated {
        private static final GridLayer LAYER = new GridLayerGenerator().generate(request("test-1"));
    }
}
