package city.gridline.grid.layer.application;

import city.gridline.contracts.event.PopulationChanged;
import city.gridline.grid.layer.domain.CellDraft;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.GridSettings;
import city.gridline.grid.layer.domain.LayerHealth;
import city.gridline.grid.layer.domain.LayerProblem;
import city.gridline.grid.layer.domain.LayerRebalancer;
import city.gridline.grid.layer.domain.LayerValidator;
import city.gridline.grid.layer.domain.RebalancedLayer;
import city.gridline.grid.layer.domain.Rebalancing;
import city.gridline.grid.layer.domain.RebalancingPlanner;
import city.gridline.grid.layer.domain.RebalancingProposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The grid administrator's use cases: list, read, import, check, rebalance and activate layer versions. An import is checked as a
 * whole and either stored completely or not at all; a stored version never changes, and activating one swaps the
 * layer reports are located against without re-routing any report located before, and announces its population.
 */
public class LayerAdministration {

    private final LayerStore store;
    private final ActiveLayer active;
    private final LayerValidator validator;
    private final double boundaryDistanceMetres;
    private final PopulationAnnouncement population;

    public LayerAdministration(LayerStore store, ActiveLayer active, LayerValidator validator,
                               double boundaryDistanceMetres, PopulationAnnouncement population) {
        this.store = store;
        this.active = active;
        this.validator = validator;
        this.boundaryDistanceMetres = boundaryDistanceMetres;
        this.population = population;
    }

    public List<LayerHeader> layers() {
        return store.headers();
    }

    public GridLayer layer(String version) {
        return active.find().filter(current -> current.version().equals(version)).map(CurrentLayer::layer)
                .or(() -> store.load(version))
                .orElseThrow(() -> new LayerNotFoundException(version));
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

    public LayerHealth health(String version) {
        return LayerHealth.check(layer(version));
    }

    /** The rebalancing proposal for a version; the planner is deterministic, so a change's index identifies it. */
    public RebalancingProposal proposal(String version) {
        return new RebalancingPlanner().propose(layer(version));
    }

    /**
     * Applies the accepted changes of a version's proposal (all of them when none is named) and stores the result
     * as a new version; unchanged cells keep their codes.
     */
    public RebalancedVersion acceptProposal(String version, List<Integer> acceptedChanges, String newVersion,
                                            LocalDate effectiveFrom, boolean activate) {
        if (store.exists(newVersion)) {
            throw new LayerVersionTakenException(newVersion);
        }
        GridLayer layer = layer(version);
        List<Rebalancing> changes = new RebalancingPlanner().propose(layer).changes();
        // a change named twice is accepted once
        List<Rebalancing> accepted = acceptedChanges.isEmpty() ? changes : acceptedChanges.stream().distinct()
                .map(index -> {
                    if (index == null || index < 0 || index >= changes.size()) {
                        throw new UnknownChangeException(version, index, changes.size());
                    }
                    return changes.get(index);
                })
                .toList();
        RebalancedLayer rebalanced = new LayerRebalancer().apply(layer, accepted, newVersion);
        store.save(rebalanced.layer(), effectiveFrom, LayerHeader.Origin.REBALANCED);
        if (activate) {
            activate(newVersion);
        }
        return new RebalancedVersion(header(newVersion), accepted.size(), rebalanced.successors());
    }

    /** A version made from an accepted proposal: its header, how many changes went in, what replaced what. */
    public record RebalancedVersion(LayerHeader layer, int appliedChanges, Map<String, List<String>> successors) {
    }

    public LayerHeader activate(String version) {
        GridLayer layer = store.load(version).orElseThrow(() -> new LayerNotFoundException(version));
        CurrentLayer ready = new CurrentLayer(layer, active.zones(), boundaryDistanceMetres);
        store.markCurrent(version);
        active.activate(ready);
        population.announce(layer, PopulationChanged.Reason.ACTIVATED);
        return header(version);
    }

    private LayerHeader header(String version) {
        return store.headers().stream().filter(h -> h.version().equals(version)).findFirst()
                .orElseThrow(() -> new LayerNotFoundException(version));
    }
}
