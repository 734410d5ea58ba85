package city.gridline.grid.layer.application;

import city.gridline.grid.layer.ChaoyangDataset;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.GridLayerRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LayerBootstrapTest {

    private final RecordingLayerStore store = new RecordingLayerStore();

    @Test
    void firstStartGeneratesAndStoresTheDemoLayerLaterStartsLoadIt() {
        CurrentLayer first = new LayerBootstrap(store, 30).load(true, this::demoRequest);
        CurrentLayer second = new LayerBootstrap(store, 30)
                .load(true, () -> { throw new AssertionError("a stored layer must not be generated again"); });

        assertThat(store.saved).hasSize(1);
        assertThat(first.version()).isEqualTo("110105-test-1");
        assertThat(second.layer()).isSameAs(first.layer());
        assertThat(first.locate(116.455, 39.937)).isPresent();
        assertThat(first.locate(116.30, 39.99)).isEmpty();
        String someCode = first.layer().cells().get(0).code();
        assertThat(first.cell(someCode)).isPresent();
    }

    @Test
    void emptyStoreWithTheDemoLayerDisabledRefusesToStart() {
        assertThatThrownBy(() -> new LayerBootstrap(store, 30).load(false, this::demoRequest))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no grid layer");
    }

    private GridLayerRequest demoRequest() {
        return ChaoyangDataset.request("110105-test-1");
    }

    private static final class RecordingLayerStore implements LayerStore {

        private final List<GridLayer> saved = new ArrayList<>();

        @Override
        public Optional<GridLayer> loadCurrent() {
            return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1));
        }

        @Override
        public void saveAsCurrent(GridLayer layer) {
            saved.add(layer);
        }
    }
}
