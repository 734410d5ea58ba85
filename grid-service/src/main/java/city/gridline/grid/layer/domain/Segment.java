package city.gridline.grid.layer.domain;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * An undirected segment, its end points in a fixed order so that both polygons along it name it alike.
 * In an exact coverage (neighbours share identical vertices, as in every generated layer) two polygons are
 * edge neighbours exactly when they have a segment in common, so neighbours are found by matching segments
 * rather than by geometric predicates.
 */
record Segment(double x1, double y1, double x2, double y2) {

    static Segment of(Coordinate a, Coordinate b) {
        return a.compareTo(b) <= 0 ? new Segment(a.x, a.y, b.x, b.y) : new Segment(b.x, b.y, a.x, a.y);
    }

    /** The segments of a polygon's shell and holes. */
    static List<Segment> boundaryOf(Polygon polygon) {
        List<Segment> segments = new ArrayList<>();
        addSegments(polygon.getExteriorRing().getCoordinates(), segments);
        for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
            addSegments(polygon.getInteriorRingN(hole).getCoordinates(), segments);
        }
        return segments;
    }

    double length() {
        return Math.hypot(x2 - x1, y2 - y1);
    }

    private static void addSegments(Coordinate[] ring, List<Segment> segments) {
        for (int i = 0; i + 1 < ring.length; i++) {
            if (!ring[i].equals2D(ring[i + 1])) {
                segments.add(of(ring[i], ring[i + 1]));
            }
        }
    }
}
