package city.gridline.grid.layer.domain;

import java.util.List;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The rings of every cell in one flat {@code double[]} (x, y, x, y, …), and an exact point-in-cell test on it.
 *
 * <p>Why not JTS objects: a prepared polygon keeps a {@code Coordinate} object per vertex and an interval tree of
 * segment objects per ring, several times the 16 bytes a vertex needs here, and a look-up through it allocates.
 * Here a cell's rings are one contiguous run of the array, so a test reads a few neighbouring cache lines and
 * allocates nothing.
 *
 * <p>Rings are stored closed (first vertex repeated at the end), one after the other; between two rings of a cell
 * sits one NaN vertex. Every comparison with NaN is false, so the two segments touching it neither cross the ray
 * nor touch the point, and the loop needs no ring bookkeeping. Crossing parity over all rings of a cell (shells
 * and holes of every polygon) is the point-in-polygon answer for any valid Polygon or MultiPolygon, as in JTS's
 * {@code IndexedPointInAreaLocator}.
 *
 * <p>The test is JTS's {@code RayCrossingCounter} rule on these arrays: a point on a vertex or an edge is
 * covered; an edge counts as crossed when it straddles the ray's height with the lower end point inclusive and
 * lies to the right of the point, decided by JTS's robust orientation predicate ({@link CGAlgorithmsDD}), which
 * is exact for coordinates of the magnitudes used here. So the answer is the one {@code Geometry.covers} gives,
 * also for points on edges and at vertices.
 */
final class CellRings {

    private final double[] xy;
    /** Cell {@code c} owns the vertices {@code start[c]} (inclusive) to {@code start[c + 1]} (exclusive). */
    private final int[] start;

    private CellRings(double[] xy, int[] start) {
        this.xy = xy;
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
            int end = pack(geometries.get(cell), xy, start[cell]);
            if (end != start[cell + 1]) {
                throw new IllegalStateException("Cell " + cell + " packed " + (end - start[cell])
                        + " vertices, expected " + (start[cell + 1] - start[cell]));
            }
        }
        return new CellRings(xy, start);
    }

    int cellCount() {
        return start.length - 1;
    }

    /** First stored vertex of a cell; vertices up to {@link #end(int)} (exclusive), NaN between rings. */
    int start(int cell) {
        return start[cell];
    }

    int end(int cell) {
        return start[cell + 1];
    }

    double x(int vertex) {
        return xy[2 * vertex];
    }

    double y(int vertex) {
        return xy[2 * vertex + 1];
    }

    /** Whether the cell's closed area (interior and boundary) holds the point. */
    boolean covers(int cell, double px, double py) {
        double[] xy = this.xy;
        int last = 2 * (start[cell + 1] - 1);
        boolean inside = false;
        for (int i = 2 * start[cell]; i < last; i += 2) {
            double ay = xy[i + 1];
            double by = xy[i + 3];
            // the edge straddles the ray's height, lower end inclusive; false for the NaN separator
            boolean straddles = ay > py ? by <= py : by > py && ay <= py;
            if (!straddles) {
                // the point can still be the end vertex or lie on a horizontal edge at its height
                if (by == py && ay <= py) {
                    double ax = xy[i];
                    double bx = xy[i + 2];
                    if (bx == px || (ay == py && Math.min(ax, bx) <= px && px <= Math.max(ax, bx))) {
                        return true;
                    }
                }
                continue;
            }
            double ax = xy[i];
            double bx = xy[i + 2];
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
            // the edge taken upwards has the point on its left: the crossing lies to the right of the point
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

    private static int pack(Geometry geometry, double[] xy, int at) {
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
                for (int i = 0; i < coordinates.size(); i++) {
                    xy[2 * vertex] = coordinates.getX(i);
                    xy[2 * vertex + 1] = coordinates.getY(i);
                    vertex++;
                }
            }
        }
        return vertex;
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
