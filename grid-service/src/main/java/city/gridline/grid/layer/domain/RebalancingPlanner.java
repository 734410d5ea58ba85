package city.gridline.grid.layer.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.locationtech.jts.geom.Polygon;

/**
 * Proposes changes for a layer's drifting cells ({@link LayerHealth}), never across a community's boundary:
 * <ul>
 *   <li>a too-small cell is merged with an edge neighbour of its community where the merged cell lies within
 *       tolerance, or else the boundary between them is moved so that both do;</li>
 *   <li>a too-large cell is split across its longer axis into the number of equal parts that lies nearest the
 *       targets, where the parts lie within tolerance; or else the boundary to a neighbour of its community is
 *       moved so that both do; or else it is still split if its parts lie nearer the targets than the whole.</li>
 * </ul>
 * Too-small cells are handled first, most drifted first, because they depend on their neighbours; each cell
 * takes part in at most one change. A drifting cell that no change helps is reported with the reason. The
 * proposal depends only on the layer.
 */
public final class RebalancingPlanner {

    /** More parts than this would make cells far below any sensible target. */
    private static final int MOST_PARTS = 9;

    public RebalancingProposal propose(GridLayer layer) {
        return new Planning(layer).proposal();
    }

    private static final class Planning {

        private final GridLayer layer;
        private final LayerHealth health;
        private final SizeTargets targets;
        private final AdjacencyGraph graph;
        private final Map<String, Integer> indexOf = new HashMap<>();
        private final Map<String, Integer> cellsPerCommunity = new HashMap<>();
        private final Map<String, Integer> highestSequence = new HashMap<>();
        private final Map<String, Integer> newSequencesPlanned = new HashMap<>();
        private final Set<String> used = new HashSet<>();
        private final List<Rebalancing> changes = new ArrayList<>();
        private final List<UnresolvedDrift> unresolved = new ArrayList<>();

        Planning(GridLayer layer) {
            this.layer = layer;
            this.health = LayerHealth.check(layer);
            this.targets = health.targets();
            List<Polygon> polygons = layer.cells().stream().map(CellReshaping::polygon).toList();
            this.graph = AdjacencyGraph.ofSharedEdges(polygons);
            for (int i = 0; i < layer.cells().size(); i++) {
                Cell cell = layer.cells().get(i);
                indexOf.put(cell.code(), i);
                cellsPerCommunity.merge(cell.community().code(), 1, Integer::sum);
                highestSequence.merge(cell.community().code(), CellSequences.sequenceOf(cell), Math::max);
            }
        }

        RebalancingProposal proposal() {
            Comparator<CellDrift> mostDriftedFirst = Comparator.comparingDouble((CellDrift drift) -> -drift.worst())
                    .thenComparing(drift -> drift.cell().code());
            List<CellDrift> drifting = health.driftingCells().stream().sorted(mostDriftedFirst).toList();
            for (CellDrift drift : drifting) {
                if (drift.direction().isEmpty()) {
                    unresolved.add(new UnresolvedDrift(drift, describe(drift.cell()) + ": one figure is too large and"
                            + " the other too small, so the figures need checking before the cell is reshaped."));
                }
            }
            for (CellDrift drift : drifting) {
                if (drift.direction().equals(Optional.of(DriftDirection.TOO_SMALL)) && !used.contains(code(drift))) {
                    planForSmall(drift);
                }
            }
            for (CellDrift drift : drifting) {
                if (drift.direction().equals(Optional.of(DriftDirection.TOO_LARGE)) && !used.contains(code(drift))) {
                    planForLarge(drift);
                }
            }
            return new RebalancingProposal(layer.version(), health, changes, unresolved);
        }

        private void planForSmall(CellDrift drift) {
            Cell cell = drift.cell();
            List<Cell> neighbours = communityNeighbours(cell);
            List<Cell> free = neighbours.stream().filter(neighbour -> !used.contains(neighbour.code())).toList();
            Rebalancing best = null;
            double bestScore = Double.POSITIVE_INFINITY;
            for (Cell neighbour : free) {
                int residents = cell.residents() + neighbour.residents();
                int households = cell.households() + neighbour.households();
                if (targets.fits(residents, households) && targets.worstDrift(residents, households) < bestScore) {
                    Optional<Rebalancing> merge = merge(cell, neighbour);
                    if (merge.isPresent()) {
                        best = merge.get();
                        bestScore = targets.worstDrift(residents, households);
                    }
                }
                Optional<MoveBoundary> move = moveBoundary(cell, neighbour);
                if (move.isPresent() && worstOf(move.get().result()) < bestScore) {
                    best = move.get();
                    bestScore = worstOf(move.get().result());
                }
            }
            if (best != null) {
                accept(best);
                return;
            }
            String why = whyNoNeighbourCanHelp(cell, neighbours, free).orElseGet(() ->
                    "neither merging with nor moving the boundary to a neighbour in its community ("
                            + neighbourFigures(free) + ") leaves every cell within " + tolerance());
            unresolved.add(new UnresolvedDrift(drift, describe(cell) + ": " + why
                    + "; cells are never merged across communities."));
        }

        private void planForLarge(CellDrift drift) {
            Cell cell = drift.cell();
            Optional<SplitCell> split = bestSplit(cell);
            if (split.isPresent() && split.get().result().stream().allMatch(this::fits)) {
                accept(split.get());
                return;
            }
            List<Cell> neighbours = communityNeighbours(cell);
            List<Cell> free = neighbours.stream().filter(neighbour -> !used.contains(neighbour.code())).toList();
            Optional<MoveBoundary> move = free.stream()
                    .map(neighbour -> moveBoundary(cell, neighbour))
                    .flatMap(Optional::stream)
                    .min(Comparator.comparingDouble(candidate -> worstOf(candidate.result())));
            if (move.isPresent()) {
                accept(move.get());
                return;
            }
            if (split.isPresent() && worstOf(split.get().result()) < drift.worst()) {
                accept(split.get());
                return;
            }
            String splitting = split.isPresent()
                    ? "splitting it into " + split.get().result().size() + " would leave cells of about "
                            + figures(split.get().result().get(0)) + ", no nearer the targets"
                    : "it cannot be cut by straight lines into parts that are single polygons, or its community has"
                            + " no free sequence numbers left";
            String sharing = whyNoNeighbourCanHelp(cell, neighbours, free).orElseGet(() ->
                    "moving the boundary to a neighbour in its community (" + neighbourFigures(free)
                            + ") would leave a cell beyond " + tolerance());
            unresolved.add(new UnresolvedDrift(drift, describe(cell) + ": " + splitting + "; and " + sharing + "."));
        }

        /** The split into the number of parts nearest the targets that the cell's shape and its community allow. */
        private Optional<SplitCell> bestSplit(Cell cell) {
            int free = layer.settings().maxSequence() - highestSequence.get(cell.community().code())
                    - newSequencesPlanned.getOrDefault(cell.community().code(), 0);
            List<Integer> partCounts = IntStream.rangeClosed(2, Math.min(MOST_PARTS, free)).boxed()
                    .sorted(Comparator.comparingDouble((Integer parts) -> targets.worstDrift(
                            cell.residents() / parts, cell.households() / parts)).thenComparing(parts -> parts))
                    .toList();
            for (int parts : partCounts) {
                Optional<List<PlannedCell>> planned = CellReshaping.split(cell, parts);
                if (planned.isPresent()) {
                    return Optional.of(new SplitCell(cell.code(), planned.get(), explainSplit(cell, planned.get())));
                }
            }
            return Optional.empty();
        }

        private Optional<Rebalancing> merge(Cell cell, Cell neighbour) {
            Cell kept = cell.code().compareTo(neighbour.code()) < 0 ? cell : neighbour;
            Cell merged = kept == cell ? neighbour : cell;
            return CellReshaping.merge(kept, merged).map(result -> new MergeCells(kept.code(), merged.code(), result,
                    describe(cell) + ". Merged with its neighbour " + neighbour.code() + " in the same community ("
                            + figures(neighbour) + ") it gives one cell of " + figures(result)
                            + ", within " + tolerance() + "; the merged cell keeps the code " + kept.code() + "."));
        }

        /** Moving the boundary between two neighbours, if both then lie within tolerance. */
        private Optional<MoveBoundary> moveBoundary(Cell cell, Cell neighbour) {
            int residents = cell.residents() + neighbour.residents();
            int households = cell.households() + neighbour.households();
            if (!targets.fits(residents / 2, households / 2)) {
                return Optional.empty();
            }
            return CellReshaping.moveBoundary(cell, neighbour)
                    .filter(result -> result.stream().allMatch(this::fits))
                    .map(result -> new MoveBoundary(cell.code(), neighbour.code(), result, describe(cell)
                            + "; its neighbour " + neighbour.code() + " in the same community holds "
                            + figures(neighbour) + ". Moving the boundary between them gives cells of "
                            + figures(result.get(0)) + " and " + figures(result.get(1)) + ", both within "
                            + tolerance() + "; both keep their codes."));
        }

        private String explainSplit(Cell cell, List<PlannedCell> parts) {
            PlannedCell typical = parts.get(0);
            String outcome = parts.stream().allMatch(this::fits)
                    ? "within " + tolerance()
                    : "still beyond " + tolerance() + " but nearer the targets than the whole cell";
            return describe(cell) + ". Split across its longer axis into " + parts.size() + " cells of equal area, of"
                    + " about " + figures(typical) + " each (" + outcome + "); its code is retired and the parts get"
                    + " the next free sequence numbers of the community.";
        }

        /** Why no neighbour of the community can take part in a change at all, if that is so. */
        private Optional<String> whyNoNeighbourCanHelp(Cell cell, List<Cell> neighbours, List<Cell> free) {
            if (graph.neighbours(indexOf.get(cell.code())).length == 0) {
                return Optional.of("it shares no edge with any other cell (it lies in a detached part of the"
                        + " district)");
            }
            if (neighbours.isEmpty()) {
                return Optional.of(cellsPerCommunity.get(cell.community().code()) == 1
                        ? "it is the only cell of its community"
                        : "none of its edge neighbours belongs to its community");
            }
            if (free.isEmpty()) {
                return Optional.of("its neighbours in its community are already part of other changes");
            }
            return Optional.empty();
        }

        private String neighbourFigures(List<Cell> neighbours) {
            return String.join("; ", neighbours.stream().map(n -> n.code() + " with " + figures(n)).toList());
        }

        private void accept(Rebalancing change) {
            changes.add(change);
            used.addAll(change.cellCodes());
            if (change instanceof SplitCell split) {
                newSequencesPlanned.merge(cellByCode(split.cellCode()).community().code(), split.result().size(),
                        Integer::sum);
            }
        }

        private List<Cell> communityNeighbours(Cell cell) {
            List<Cell> neighbours = new ArrayList<>();
            for (int neighbour : graph.neighbours(indexOf.get(cell.code()))) {
                Cell other = layer.cells().get(neighbour);
                if (other.community().code().equals(cell.community().code())) {
                    neighbours.add(other);
                }
            }
            neighbours.sort(Comparator.comparing(Cell::code));
            return neighbours;
        }

        private Cell cellByCode(String code) {
            return layer.cells().get(indexOf.get(code));
        }

        private boolean fits(PlannedCell planned) {
            return targets.fits(planned.residents(), planned.households());
        }

        private double worstOf(List<PlannedCell> planned) {
            return planned.stream().mapToDouble(p -> targets.worstDrift(p.residents(), p.households())).max()
                    .orElseThrow();
        }

        private String describe(Cell cell) {
            return "Cell " + cell.code() + " (" + cell.community().name() + ") holds " + figures(cell.residents(),
                    cell.households());
        }

        private String figures(Cell cell) {
            return figures(cell.residents(), cell.households());
        }

        private String figures(PlannedCell cell) {
            return figures(cell.residents(), cell.households());
        }

        private String figures(int residents, int households) {
            return String.format(Locale.ROOT, "%,d residents and %,d households (%s, %s)", residents, households,
                    percent(targets.drift(SizeMeasure.RESIDENTS, residents)),
                    percent(targets.drift(SizeMeasure.HOUSEHOLDS, households)));
        }

        private static String percent(Drift drift) {
            return String.format(Locale.ROOT, "%+d %%", Math.round(drift.relative() * 100));
        }

        private String tolerance() {
            return String.format(Locale.ROOT, "±%d %% of %,d residents and %,d households",
                    Math.round(targets.tolerance() * 100), targets.residents(), targets.households());
        }

        private static String code(CellDrift drift) {
            return drift.cell().code();
        }
    }
}
