package city.gridline.grid.layer.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Applies accepted {@link Rebalancing} changes to a layer, giving a new layer version; the given layer is not
 * touched. Changes are applied in the order given and recomputed on the cells as they are then, so each change
 * must name cells of the layer, and no cell may be named by two changes.
 *
 * <p>What holds afterwards: cells no change names keep their codes, figures and shapes (a neighbour of a
 * reshaped cell may gain a vertex on their common edge, see {@link SharedVertices}); a merged pair keeps the
 * smaller code; split parts get the next free sequence numbers of their community, above every sequence the
 * community had, so a retired code is not reused by the same application; every cell stays in its community;
 * where the cells formed an exact coverage around a change (neighbours sharing identical vertices, as in every
 * generated layer), they still do, over the same area (checked); the resident and household totals are
 * unchanged (checked).
 */
public final class LayerRebalancer {

    public RebalancedLayer apply(GridLayer layer, List<? extends Rebalancing> accepted, String newVersion) {
        return new Application(layer).apply(accepted, newVersion);
    }

    private static final class Application {

        /** Cells within this many degrees (about 100 m) of a change count as its neighbourhood. */
        private static final double NEIGHBOURHOOD = 1e-3;

        private final GridLayer layer;
        private final Map<String, Cell> cells = new TreeMap<>();
        private final Map<String, Integer> nextSequence = new HashMap<>();
        private final Map<String, List<String>> successors = new HashMap<>();

        Application(GridLayer layer) {
            this.layer = layer;
            for (Cell cell : layer.cells()) {
                cells.put(cell.code(), cell);
                nextSequence.merge(cell.community().code(), CellSequences.sequenceOf(cell) + 1, Math::max);
            }
        }

        RebalancedLayer apply(List<? extends Rebalancing> accepted, String newVersion) {
            Set<String> named = new HashSet<>();
            for (Rebalancing change : accepted) {
                for (String code : change.cellCodes()) {
                    if (!cells.containsKey(code)) {
                        throw new IllegalArgumentException("layer " + layer.version() + " has no cell " + code);
                    }
                    if (!named.add(code)) {
                        throw new IllegalArgumentException("cell " + code + " is named by more than one change");
                    }
                }
            }
            Envelope changedArea = new Envelope();
            for (Rebalancing change : accepted) {
                List<Cell> produced = produce(change);
                changedArea.expandToInclude(replace(change.cellCodes(), produced));
            }
            List<Cell> result = new ArrayList<>(cells.values());
            checkTotals(result);
            checkCoverageAround(changedArea, result);
            return new RebalancedLayer(new GridLayer(newVersion, layer.settings().withVersion(newVersion),
                    layer.district(), result), successors);
        }

        private List<Cell> produce(Rebalancing change) {
            if (change instanceof SplitCell split) {
                Cell cell = cells.get(split.cellCode());
                List<PlannedCell> parts = CellReshaping.split(cell, split.result().size())
                        .orElseThrow(() -> new IllegalStateException("cell " + cell.code() + " cannot be split"));
                List<Cell> produced = new ArrayList<>(parts.size());
                for (PlannedCell part : parts) {
                    int sequence = nextSequence.merge(cell.community().code(), 1, Integer::sum) - 1;
                    produced.add(cell(CellSequences.code(cell.community(), sequence, layer.settings()), cell, part));
                }
                return produced;
            }
            if (change instanceof MergeCells merge) {
                Cell kept = cells.get(merge.keptCode());
                Cell merged = cells.get(merge.mergedCode());
                requireSameCommunity(kept, merged);
                PlannedCell union = CellReshaping.merge(kept, merged)
                        .orElseThrow(() -> new IllegalArgumentException("cells " + kept.code() + " and "
                                + merged.code() + " share no edge"));
                return List.of(cell(kept.code(), kept, union));
            }
            MoveBoundary move = (MoveBoundary) change;
            Cell first = cells.get(move.firstCode());
            Cell second = cells.get(move.secondCode());
            requireSameCommunity(first, second);
            List<PlannedCell> redrawn = CellReshaping.moveBoundary(first, second)
                    .orElseThrow(() -> new IllegalArgumentException("cells " + first.code() + " and "
                            + second.code() + " share no edge or cannot be redrawn"));
            return List.of(cell(first.code(), first, redrawn.get(0)), cell(second.code(), second, redrawn.get(1)));
        }

        /**
         * Swaps the named cells for the produced ones and gives their new vertices to the neighbours; returns the
         * envelope of the replaced cells.
         */
        private Envelope replace(List<String> codes, List<Cell> produced) {
            Set<Coordinate> before = new HashSet<>();
            Envelope area = new Envelope();
            for (String code : codes) {
                Cell cell = cells.remove(code);
                before.addAll(List.of(cell.geometry().getCoordinates()));
                area.expandToInclude(cell.geometry().getEnvelopeInternal());
            }
            Set<Coordinate> added = new LinkedHashSet<>();
            for (Cell cell : produced) {
                for (Coordinate vertex : cell.geometry().getCoordinates()) {
                    if (!before.contains(vertex)) {
                        added.add(vertex);
                    }
                }
            }
            if (!added.isEmpty()) {
                addToNeighbours(area, added);
            }
            List<String> producedCodes = produced.stream().map(Cell::code).toList();
            for (String code : codes) {
                successors.put(code, producedCodes);
            }
            for (Cell cell : produced) {
                cells.put(cell.code(), cell);
            }
            return area;
        }

        private void addToNeighbours(Envelope area, Collection<Coordinate> vertices) {
            Envelope near = new Envelope(area);
            near.expandBy(NEIGHBOURHOOD);
            for (Map.Entry<String, Cell> entry : cells.entrySet()) {
                Cell neighbour = entry.getValue();
                if (!near.intersects(neighbour.geometry().getEnvelopeInternal())) {
                    continue;
                }
                Polygon polygon = CellReshaping.polygon(neighbour);
                Polygon withVertices = SharedVertices.insert(polygon, vertices);
                if (withVertices != polygon) {
                    entry.setValue(new Cell(neighbour.code(), neighbour.community(), neighbour.street(),
                            neighbour.district(), withVertices, neighbour.residents(), neighbour.households(),
                            neighbour.teamId(), neighbour.teamName(), neighbour.representativePoint()));
                }
            }
        }

        private void checkTotals(List<Cell> result) {
            long residentsBefore = layer.cells().stream().mapToLong(Cell::residents).sum();
            long householdsBefore = layer.cells().stream().mapToLong(Cell::households).sum();
            if (result.stream().mapToLong(Cell::residents).sum() != residentsBefore
                    || result.stream().mapToLong(Cell::households).sum() != householdsBefore) {
                throw new IllegalStateException("rebalancing changed the resident or household total");
            }
        }

        /**
         * The cells around the changes must form an exact coverage afterwards if they did before; only that
         * neighbourhood is checked, so a flaw elsewhere in an imported layer neither blocks nor slows a change.
         */
        private void checkCoverageAround(Envelope changedArea, List<Cell> result) {
            if (changedArea.isNull()) {
                return;
            }
            Envelope near = new Envelope(changedArea);
            near.expandBy(NEIGHBOURHOOD);
            if (isExactCoverage(layer.cells(), near) && !isExactCoverage(result, near)) {
                throw new IllegalStateException("rebalancing left cells that do not form an exact coverage");
            }
        }

        private static boolean isExactCoverage(List<Cell> cells, Envelope near) {
            return CoverageValidator.isValid(cells.stream()
                    .map(Cell::geometry)
                    .filter(geometry -> near.intersects(geometry.getEnvelopeInternal()))
                    .toArray(Geometry[]::new));
        }

        private static void requireSameCommunity(Cell a, Cell b) {
            if (!a.community().equals(b.community())) {
                throw new IllegalArgumentException("cells " + a.code() + " and " + b.code()
                        + " lie in different communities");
            }
        }

        /** A cell of the same community, street and team as {@code origin}, with a new code, shape and figures. */
        private static Cell cell(String code, Cell origin, PlannedCell planned) {
            Polygon polygon = planned.geometry();
            return new Cell(code, origin.community(), origin.street(), origin.district(), polygon,
                    planned.residents(), planned.households(), origin.teamId(), origin.teamName(),
                    polygon.getInteriorPoint());
        }
    }
}
