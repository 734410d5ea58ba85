package city.gridline.grid.layer.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Keeps a coverage exact when a cell is reshaped: a vertex that the reshaped cell gained on an edge it shares
 * with a neighbour (where a cut line meets the edge) is inserted into the neighbour's ring as well, so both
 * sides of the edge keep identical vertices. The neighbour's shape does not change.
 */
final class SharedVertices {

    /** A vertex lies on an edge if within this many degrees (about 0.1 mm) of it: far above rounding error. */
    private static final double ON_EDGE = 1e-9;

    private SharedVertices() {
    }

    /** The polygon with every given vertex that lies inside one of its edges inserted there; itself if none does. */
    static Polygon insert(Polygon polygon, Collection<Coordinate> vertices) {
        GeometryFactory factory = polygon.getFactory();
        boolean changed = false;
        LinearRing shell = polygon.getExteriorRing();
        Coordinate[] shellCoordinates = withVertices(shell.getCoordinates(), vertices);
        changed |= shellCoordinates.length != shell.getNumPoints();
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            LinearRing hole = polygon.getInteriorRingN(i);
            Coordinate[] holeCoordinates = withVertices(hole.getCoordinates(), vertices);
            changed |= holeCoordinates.length != hole.getNumPoints();
            holes[i] = factory.createLinearRing(holeCoordinates);
        }
        return changed ? factory.createPolygon(factory.createLinearRing(shellCoordinates), holes) : polygon;
    }

    private static Coordinate[] withVertices(Coordinate[] ring, Collection<Coordinate> vertices) {
        List<Coordinate> result = new ArrayList<>(ring.length);
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate from = ring[i];
            Coordinate to = ring[i + 1];
            result.add(from);
            List<Coordinate> inside = new ArrayList<>();
            for (Coordinate vertex : vertices) {
                if (!vertex.equals2D(from) && !vertex.equals2D(to) && liesInside(vertex, from, to)) {
                    inside.add(vertex);
                }
            }
            inside.sort(Comparator.comparingDouble(from::distance));
            result.addAll(inside);
        }
        result.add(ring[ring.length - 1]);
        return result.toArray(Coordinate[]::new);
    }

    private static boolean liesInside(Coordinate vertex, Coordinate from, Coordinate to) {
        double minX = Math.min(from.x, to.x) - ON_EDGE;
        double maxX = Math.max(from.x, to.x) + ON_EDGE;
        double minY = Math.min(from.y, to.y) - ON_EDGE;
        double maxY = Math.max(from.y, to.y) + ON_EDGE;
        return vertex.x >= minX && vertex.x <= maxX && vertex.y >= minY && vertex.y <= maxY
                && Distance.pointToSegment(vertex, from, to) <= ON_EDGE;
    }
}
