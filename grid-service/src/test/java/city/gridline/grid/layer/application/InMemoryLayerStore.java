package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.GridLayer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A layer store in memory, recording what was saved; {@link #whileLoading} runs inside every load. */
final class InMemoryLayerStore implements LayerStore {

    final List<GridLayer> saved = new ArrayList<>();

    Runnable whileLoading = () -> { };

    private String current;

    @Override
    public Optional<GridLayer> loadCurrent() {
        return currentVersion().flatMap(this::load);
    }

    @Override
    public Optional<String> currentVersion() {
        return Optional.ofNullable(current);
    }

    @Override
    public Optional<GridLayer> load(String version) {
        whileLoading.run();
        return saved.stream().filter(layer -> layer.version().equals(version)).findFirst();
    }

    @Override
    public boolean exists(String version) {
        return load(version).isPresent();
    }

    @Override
    public List<LayerHeader> headers() {
        return List.of();
    }

    @Override
    public void save(GridLayer layer, LocalDate effectiveFrom, LayerHeader.Origin origin) {
        saved.add(layer);
    }

    @Override
    public void markCurrent(String version) {
        current = version;
    }
}
