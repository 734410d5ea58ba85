package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.CellDraft;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.GridSettings;
import city.gridline.grid.layer.domain.LayerProblem;
import city.gridline.grid.layer.domain.LayerValidator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid administrator's use cases: list, read, import and activate layer versions. An import is checked as a
 * whole and either stored completely or not at all; a stored version never changes, and activating one swaps the
 * layer reports are located against without re-routing any report located before.
 */
public class LayerAdministration {

    private final LayerStore store;
    private final ActiveLayer active;
    private final LayerValidator validator;
    private final double boundaryDistanceMetres;

    public LayerAdministration(LayerStore store, ActiveLayer active, LayerValidator validator,
                               double boundaryDistanceMetres) {
        this.store = store;
        this.active = active;
        this.validator = validator;
        this.boundaryDistanceMetres = boundaryDistanceMetres;
    }

    public List<LayerHeader> layers() {
        return store.headers();
    }

    public GridLayer layer(String version) {
        CurrentLayer current = active.get();
        if (current.version().equals(version)) {
            return current.layer();
        }
        return store.load(version).orElseThrow(() -> new LayerNotFoundException(version));
    }

    /**
     * Checks and stores an imported layer. {@code readProblems} are what could not even be read from the file;
     * they reject the import like any other problem.
     */
    public LayerHeader importLayer(String version, LocalDate effectiveFrom, List<CellDraft> drafts,
                                   List<LayerProblem> readProblems, boolean activate) {
        if (store.exists(version)) {
            throw new LayerVersionTakenException(version);
        }
        LayerValidator.Outcome outcome = validator.validate(drafts);
        List<LayerProblem> problems = new ArrayList<>(readProblems);
        problems.addAll(outcome.problems());
        if (!problems.isEmpty()) {
            throw new LayerRejectedException(version, problems);
        }
        int sequenceDigits = outcome.cells().get(0).code().length() - outcome.cells().get(0).community().code().length();
        GridLayer layer = new GridLayer(version,
                new GridSettings(GridSettings.DEFAULT_TARGET_RESIDENTS_PER_CELL,
                        GridSettings.DEFAULT_RESIDENTS_PER_HOUSEHOLD, sequenceDigits, version),
                outcome.cells().get(0).district(), outcome.cells());
        store.save(layer, effectiveFrom, LayerHeader.Origin.IMPORTED);
        if (activate) {
            activate(version);
        }
        return header(version);
    }

    /** Checks a stored version as an import would be checked: no problems means no gaps, no overlaps, known codes. */
    public List<LayerProblem> check(String version) {
        GridLayer layer = layer(version);
        return validator.validate(layer.cells().stream()
                .map(cell -> new CellDraft(cell.code(), cell.community().code(), cell.geometry(), cell.residents(),
                        cell.households(), cell.teamId(), cell.teamName()))
                .toList()).problems();
    }

    public LayerHeader activate(String version) {
        GridLayer layer = store.load(version).orElseThrow(() -> new LayerNotFoundException(version));
        CurrentLayer ready = new CurrentLayer(layer, boundaryDistanceMetres);
        store.markCurrent(version);
        active.activate(ready);
        return header(version);
    }

    private LayerHeader header(String version) {
        return store.headers().stream().filter(h -> h.version().equals(version)).findFirst()
                .orElseThrow(() -> new LayerNotFoundException(version));
    }
}
