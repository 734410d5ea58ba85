package city.gridline.grid.layer.application;

import city.gridline.grid.layer.ChaoyangDataset;
import city.gridline.grid.layer.domain.GridLayerRequest;
import city.gridline.grid.layer.domain.SpecialZones;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LayerBootstrapTest {

    private final InMemoryLayerStore store = new InMemoryLayerStore();

    @Test
    void firstStartGeneratesAndStoresTheDemoLayerLaterStartsLoadIt() {
        CurrentLayer first = new LayerBootstrap(store, SpecialZones.none(), 30, Clock.systemUTC()).load(true, this::demoRequest).get();
        CurrentLayer second = new LayerBootstrap(store, SpecialZones.none(), 30, Clock.systemUTC())
                .load(true, () -> { throw new AssertionError("a stored layer must not be generated again"); }).get();

        assertThat(store.saved).hasSize(1);
        assertThat(first.version()).isEqualTo("110105-test-1");
        assertThat(second.layer()).isSameAs(first.layer());
        assertThat(first.locate(116.455, 39.937)).isPresent();
        assertThat(first.locate(116.30, 39.99)).isEmpty();
        String someCode = first.layer().cells().get(0).code();
        assertThat(first.cell(someCode)).isPresent();
    }

    @Test
    void emptyStoreWithTheDemoLayerDisabledStartsWithNoLayerInForceButItsZones() {
        SpecialZones zones = new SpecialZones(List.of());

        ActiveLayer active = new LayerBootstrap(store, zones, 30, Clock.systemUTC()).load(false, this::demoRequest);

        assertThat(active.find()).isEmpty();
        assertThatThrownBy(active::get).isInstanceOf(NoLayerInForceException.class).hasMessageContaining("activate");
        assertThat(active.zones()).isSameAs(zones);
        assertThat(store.saved).isEmpty();
    }

    @Test
    void zonesImportedBeforeTheFirstLayerStayWhenItIsActivated() {
        ActiveLayer active = new LayerBootstrap(store, SpecialZones.none(), 30, Clock.systemUTC()).load(false, this::demoRequest);
        SpecialZones imported = new SpecialZones(List.of());

        active.replaceZones(imported);
        active.activate(new CurrentLayer(ChaoyangDataset.layer(), SpecialZones.none(), 30));

        assertThat(active.get().zones()).isSameAs(imported);
        assertThat(active.zones()).isSameAs(imported);
    }

    private GridLayerRequest demoRequest() {
        return ChaoyangDataset.request("110105-test-1");
    }
}
