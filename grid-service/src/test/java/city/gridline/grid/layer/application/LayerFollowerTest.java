package city.gridline.grid.layer.application;

import city.gridline.grid.layer.ChaoyangDataset;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.SpecialZones;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LayerFollowerTest {

    private static final GridLayer FIRST = ChaoyangDataset.layer();
    private static final GridLayer SECOND = new GridLayer("110105-test-2", FIRST.settings(), FIRST.district(),
            FIRST.cells());

    private final InMemoryLayerStore layers = new InMemoryLayerStore();
    private final InMemoryZoneStore zones = new InMemoryZoneStore();

    @Test
    void aVersionActivatedThroughAnotherInstanceIsPutInForceHereAtTheNextFollow() {
        store(FIRST, SECOND);
        layers.markCurrent(FIRST.version());
        ActiveLayer active = new ActiveLayer(new CurrentLayer(FIRST, SpecialZones.none(), 30));
        LayerFollower follower = new LayerFollower(layers, zones, active, 30, Optional.empty());
        CurrentLayer before = active.get();

        follower.follow();
        assertThat(active.get()).as("nothing changed, nothing rebuilt").isSameAs(before);

        layers.markCurrent(SECOND.version());
        follower.follow();
        assertThat(active.get().version()).isEqualTo(SECOND.version());
    }

    @Test
    void theFirstLayerActivatedThroughAnotherInstanceEndsTheWaitHere() {
        ActiveLayer active = ActiveLayer.none(SpecialZones.none());
        LayerFollower follower = new LayerFollower(layers, zones, active, 30, Optional.empty());
        store(FIRST);

        follower.follow();
        assertThat(active.find()).as("stored, not activated").isEmpty();

        layers.markCurrent(FIRST.version());
        follower.follow();
        assertThat(active.get().version()).isEqualTo(FIRST.version());
    }

    @Test
    void aVersionNoLongerCurrentWhenLoadedIsNotPutBack() {
        store(FIRST, SECOND);
        layers.markCurrent(SECOND.version());
        ActiveLayer active = new ActiveLayer(new CurrentLayer(FIRST, SpecialZones.none(), 30));
        LayerFollower follower = new LayerFollower(layers, zones, active, 30, Optional.empty());
        // while the follower loads the second version, this instance's administrator activates the first again
        layers.whileLoading = () -> layers.markCurrent(FIRST.version());

        follower.follow();

        assertThat(active.get().version()).isEqualTo(FIRST.version());
    }

    @Test
    void zonesImportedThroughAnotherInstanceArePutInForceHereUnderTheSameLayer() {
        SpecialZones atStart = new SpecialZones(List.of());
        String startSet = zones.add(atStart);
        ActiveLayer active = new ActiveLayer(new CurrentLayer(FIRST, atStart, 30));
        LayerFollower follower = new LayerFollower(layers, zones, active, 30, Optional.of(startSet));

        follower.follow();
        assertThat(active.zones()).isSameAs(atStart);

        SpecialZones imported = new SpecialZones(List.of());
        zones.save(imported);
        follower.follow();
        assertThat(active.zones()).isSameAs(imported);
        assertThat(active.get().zones()).isSameAs(imported);
        assertThat(active.get().version()).isEqualTo(FIRST.version());
    }

    private void store(GridLayer... versions) {
        for (GridLayer layer : versions) {
            layers.save(layer, LocalDate.of(2026, 12, 1), LayerHeader.Origin.IMPORTED);
        }
    }

    /** Zone sets in memory, numbered in order of import. */
    private static final class InMemoryZoneStore implements ZoneStore {

        private final List<SpecialZones> sets = new ArrayList<>();

        String add(SpecialZones zones) {
            sets.add(zones);
            return "set-" + sets.size();
        }

        @Override
        public Optional<SpecialZones> loadCurrent() {
            return sets.isEmpty() ? Optional.empty() : Optional.of(sets.get(sets.size() - 1));
        }

        @Override
        public Optional<String> currentSetId() {
            return sets.isEmpty() ? Optional.empty() : Optional.of("set-" + sets.size());
        }

        @Override
        public void save(SpecialZones zones) {
            add(zones);
        }
    }
}
