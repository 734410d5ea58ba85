package city.gridline.grid.layer.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The three ways a cell may be reshaped, shared by the planner (to preview) and the rebalancer (to apply):
 * split one cell, merge two neighbours, move the boundary between two neighbours. Residents and households are
 * assumed to be spread evenly over each original cell, so a part gets each original cell's figures in
 * proportion to the share of that cell's area it covers; totals are kept exactly (largest remainder).
 */
final class CellReshaping {

    private CellReshaping() {
    }

    /** The cell cut across its longer axis into {@code parts} cells of equal area, west/north first. */
    static Optional<List<PlannedCell>> split(Cell cell, int parts) {
        Polygon polygon = polygon(cell);
        return PolygonCutter.cut(polygon, parts, Geometry::getArea)
                .map(pieces -> planned(pieces, List.of(cell)));
    }

    /** The union of two edge neighbours; empty if they share no edge (their union is not one polygon). */
    static Optional<PlannedCell> merge(Cell first, Cell second) {
        Geometry union = CoverageUnion.union(new Geometry[] {first.geometry(), second.geometry()});
        if (!(union instanceof Polygon polygon)) {
            return Optional.empty();
        }
        return Optional.of(new PlannedCell((Polygon) polygon.norm(), first.residents() + second.residents(),
                first.households() + second.households()));
    }

    /**
     * Two edge neighbours redrawn as the two halves, by estimated residents, of their union cut across its
     * longer axis; the half that covers more of {@code first} (counting both overlaps) is first's new shape.
     */
    static Optional<List<PlannedCell>> moveBoundary(Cell first, Cell second) {
        Optional<PlannedCell> merged = merge(first, second);
        if (merged.isEmpty()) {
            return Optional.empty();
        }
        List<Cell> sources = List.of(first, second);
        ToDoubleFunction<Geometry> residentsIn = first.residents() + second.residents() > 0
                ? region -> estimate(region, sources, Cell::residents)
                : Geometry::getArea;
        return PolygonCutter.cut(merged.get().geometry(), 2, residentsIn)
                .map(halves -> {
                    Polygon a = halves.get(0);
                    Polygon b = halves.get(1);
                    double keep = overlap(a, first) + overlap(b, second);
                    double swap = overlap(b, first) + overlap(a, second);
                    return planned(keep >= swap ? List.of(a, b) : List.of(b, a), sources);
                });
    }

    static Polygon polygon(Cell cell) {
        if (!(cell.geometry() instanceof Polygon polygon)) {
            throw new IllegalArgumentException("cell " + cell.code() + " is a " + cell.geometry().getGeometryType()
                    + ", not a Polygon");
        }
        return polygon;
    }

    private static List<PlannedCell> planned(List<Polygon> parts, List<Cell> sources) {
        int residents = sources.stream().mapToInt(Cell::residents).sum();
        int households = sources.stream().mapToInt(Cell::households).sum();
        int[] partResidents = apportion(residents, parts, sources, Cell::residents);
        int[] partHouseholds = apportion(households, parts, sources, Cell::households);
        return IntStream.range(0, parts.size())
                .mapToObj(i -> new PlannedCell(parts.get(i), partResidents[i], partHouseholds[i]))
                .toList();
    }

    private static int[] apportion(int total, List<Polygon> parts, List<Cell> sources,
                                   ToIntFunction<Cell> figure) {
        if (total == 0) {
            return new int[parts.size()];
        }
        double[] estimates = parts.stream().mapToDouble(part -> estimate(part, sources, figure)).toArray();
        return LargestRemainder.apportion(total, estimates);
    }

    /** The figure of the sources within a region, each source's figure spread evenly over its area. */
    private static double estimate(Geometry region, List<Cell> sources, ToIntFunction<Cell> figure) {
        double sum = 0;
        for (Cell source : sources) {
            sum += figure.applyAsInt(source) * overlap(region, source);
        }
        return sum;
    }

    /** The share of the cell's area that lies in the region. */
    private static double overlap(Geometry region, Cell cell) {
        double area = cell.geometry().getArea();
        return area > 0 ? PolygonCutter.areaOfIntersection(region, cell.geometry()).getArea() / area : 0;
    }
}
