package city.gridline.grid.layer.domain;

import city.gridline.grid.layer.ChaoyangDataset;

/** The Chaoyang demo layer, generated once for all tests that only read it. */
final class ChaoyangFixture {

    static final GridLayerRequest REQUEST = ChaoyangDataset.request("test-1");
    static final GridLayer LAYER = new GridLayerGenerator().generate(REQUEST);

    private ChaoyangFixture() {
    }
}
