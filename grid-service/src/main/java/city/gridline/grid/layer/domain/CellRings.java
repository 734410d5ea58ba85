package city.gridline.grid.layer.domain;

import java.util.List;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The rings of every cell in one flat primitive array, and an exact point-in-cell test on it.
 *
 * <p>Why not JTS objects: a prepared polygon keeps a {@code Coordinate} object per vertex and an interval tree of
 * segment objects per ring, many times the bytes a vertex needs, and a look-up through it allocates. Here a
 * cell's rings are one contiguous run of an array, so a test reads a couple of neighbouring cache lines and
 * allocates nothing. Two storages: {@link GridCellRings} keeps vertices as ints on the 2^-30 degree grid the
 * layer generator snaps to (half the bytes, so half the cache lines), {@link DoubleCellRings} keeps doubles
 * for anything else.
 *
 * <p>Rings are stored closed (first vertex repeated at the end), one after the other, with a separator vertex
 * between two rings of a cell, and oriented so that the cell's interior lies on the left of every edge (shells
 * counter-clockwise, holes clockwise); the builder relies on that to recognise edges shared by two cells.
 * Crossing parity over all rings of a cell (shells and holes of every polygon) is the point-in-polygon answer
 * for any valid Polygon or MultiPolygon, as in JTS's {@code IndexedPointInAreaLocator}.
 *
 * <p>The answer is JTS's {@code RayCrossingCounter} rule: a point on a vertex or an edge is covered; an edge
 * counts as crossed when it straddles the ray's height, lower end point inclusive, and lies to the right of the
 * point. Subclasses first decide in a lean loop that computes an orientation only for the two or so edges that
 * straddle the point's height, trusting the double result only beyond Shewchuk's error bound (the bound of JTS's
 * orientation filter); where it cannot vouch for a sign, where the point is level with a vertex, or at a
 * separator, {@link #coversExactly} decides with JTS's robust orientation predicate
 * ({@link CGAlgorithmsDD}), exact for coordinates of the magnitudes used here. So the answer is the one
 * {@code Geometry.covers} gives, also for points on edges and at vertices.
 */
abstract class CellRings {

    /** Relative error bound of a 2 x 2 orientation determinant in doubles (JTS's DP_SAFE_EPSILON). */
    static final double ORIENTATION_ERROR_BOUND = 1e-15;

    /** Cell {@code c} owns the stored vertices {@code start[c]} (inclusive) to {@code start[c + 1]} (exclusive). */
    private final int[] start;

    CellRings(int[] start) {
        this.start = start;
    }

    /** @param geometries valid Polygons or MultiPolygons, one per cell, in cell order */
    static CellRings of(List<? extends Geometry> geometries) {
        int[] start = new int[geometries.size() + 1];
        int vertices = 0;
        for (int cell = 0; cell < geometries.size(); cell++) {
            start[cell] = vertices;
            vertices += storedVertexCount(geometries.get(cell));
        }
        start[geometries.size()] = vertices;
        double[] xy = new double[2 * vertices];
        for (int cell = 0; cell < geometries.size(); cell++) {
            pack(geometries.get(cell), xy, start[cell]);
        }
        CellRings onGrid = GridCellRings.ifOnGrid(start, xy);
        return onGrid != null ? onGrid : new DoubleCellRings(start, xy);
    }

    final int cellCount() {
        return start.length - 1;
    }

    /** First stored vertex of a cell; its vertices run up to {@link #end(int)} (exclusive). */
    final int start(int cell) {
        return start[cell];
    }

    final int end(int cell) {
        return start[cell + 1];
    }

    /** The cells' envelope: min x, min y, max x, max y (infinities if there is no vertex). */
    final double[] envelope() {
        double[] envelope = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int vertex = 0; vertex < start[start.length - 1]; vertex++) {
            double x = x(vertex);
            if (!Double.isNaN(x)) {
                envelope[0] = Math.min(envelope[0], x);
                envelope[1] = Math.min(envelope[1], y(vertex));
                envelope[2] = Math.max(envelope[2], x);
                envelope[3] = Math.max(envelope[3], y(vertex));
            }
        }
        return envelope;
    }

    /** The x of a stored vertex, NaN for a separator. */
    abstract double x(int vertex);

    /** The y of a stored vertex, NaN for a separator. */
    abstract double y(int vertex);

    /**
     * Reads the cell's first and last stored vertex, so that a {@link #covers} test soon after finds its rings
     * in the cache; returns a value made of them, to be kept somewhere so that the reads are not optimised away.
     */
    abstract long readAhead(int cell);

    /** Whether the cell's closed area (interior and boundary) holds the point. */
    abstract boolean covers(int cell, double px, double py);

    /** {@link #covers} by JTS's ray-crossing rule and robust orientation, edge by edge. */
    final boolean coversExactly(int cell, double px, double py) {
        boolean inside = false;
        for (int vertex = start[cell]; vertex + 1 < start[cell + 1]; vertex++) {
            double ay = y(vertex);
            double by = y(vertex + 1);
            // the edge straddles the ray's height, lower end inclusive; false at a separator (NaN)
            boolean straddles = ay > py ? by <= py : by > py && ay <= py;
            if (!straddles) {
                // the point can still be the end vertex or lie on a horizontal edge at its height
                if (by == py && ay <= py) {
                    double ax = x(vertex);
                    double bx = x(vertex + 1);
                    if (bx == px || (ay == py && Math.min(ax, bx) <= px && px <= Math.max(ax, bx))) {
                        return true;
                    }
                }
                continue;
            }
            double ax = x(vertex);
            double bx = x(vertex + 1);
            if (ax < px && bx < px) {
                continue;
            }
            if (ax > px && bx > px) {
                inside = !inside;
                continue;
            }
            int orientation = CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, px, py);
            if (orientation == 0) {
                return true;
            }
            // the point is left of the edge taken upwards: the crossing lies to the right of the point
            if ((by < ay ? -orientation : orientation) > 0) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static int storedVertexCount(Geometry geometry) {
        int count = 0;
        for (int part = 0; part < geometry.getNumGeometries(); part++) {
            Polygon polygon = polygon(geometry.getGeometryN(part));
            if (polygon.isEmpty()) {
                continue;
            }
            for (int ring = 0; ring <= polygon.getNumInteriorRing(); ring++) {
                count += (count > 0 ? 1 : 0) + ring(polygon, ring).size();
            }
        }
        return count;
    }

    private static void pack(Geometry geometry, double[] xy, int at) {
        int vertex = at;
        for (int part = 0; part < geometry.getNumGeometries(); part++) {
            Polygon polygon = polygon(geometry.getGeometryN(part));
            if (polygon.isEmpty()) {
                continue;
            }
            for (int ring = 0; ring <= polygon.getNumInteriorRing(); ring++) {
                if (vertex > at) {
                    xy[2 * vertex] = Double.NaN;
                    xy[2 * vertex + 1] = Double.NaN;
                    vertex++;
                }
                CoordinateSequence coordinates = ring(polygon, ring);
                // interior on the left: a shell counter-clockwise, a hole clockwise
                boolean reverse = Orientation.isCCW(coordinates) != (ring == 0);
                int size = coordinates.size();
                for (int i = 0; i < size; i++) {
                    int from = reverse ? size - 1 - i : i;
                    xy[2 * vertex] = coordinates.getX(from);
                    xy[2 * vertex + 1] = coordinates.getY(from);
                    vertex++;
                }
            }
        }
    }

    private static Polygon polygon(Geometry part) {
        if (!(part instanceof Polygon polygon)) {
            throw new IllegalArgumentException("A cell must be a Polygon or MultiPolygon, not a " + part.getGeometryType());
        }
        return polygon;
    }

    private static CoordinateSequence ring(Polygon polygon, int ring) {
        return ring == 0 ? polygon.getExteriorRing().getCoordinateSequence()
                : polygon.getInteriorRingN(ring - 1).getCoordinateSequence();
    }
}
