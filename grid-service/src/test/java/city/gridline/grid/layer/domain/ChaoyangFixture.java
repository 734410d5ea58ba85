package city.gridline.grid.layer.domain;

/** The Chaoyang demo layer, generated once for all tests that only read it. */
final class ChaoyangFixture {

    static final GridLayerRequest REQUEST = ChaoyangReferenceData.request(GridSettings.defaults("test-1"));
    static final GridLayer LAYER = new GridLayerGenerator().generate(REQUEST);

    private ChaoyangFixture() {
    }
}
