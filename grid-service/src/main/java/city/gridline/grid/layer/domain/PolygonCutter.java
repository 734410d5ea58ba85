package city.gridline.grid.layer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Cuts a polygon by parallel straight lines into parts of equal weight (area, or an estimate of residents),
 * perpendicular to its longer ground axis where that gives one polygon per part, else along the other axis.
 *
 * <p>The cut lines are noded with the polygon's boundary in floating point, without snapping: the polygon's own
 * vertices stay exactly where they are (its neighbours share them), the parts share identical vertices along
 * each cut, and the vertex a cut adds where it crosses the boundary lies on the original edge. The caller must
 * give that vertex to the neighbour across the edge too.
 */
final class PolygonCutter {

    /** Halving a cell's envelope (at most a few hundredths of a degree) 32 times gets below 10^-11 degree. */
    private static final int BISECTION_STEPS = 32;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** The direction in which the parts follow each other. */
    private enum Axis {
        WEST_TO_EAST, NORTH_TO_SOUTH;

        /** The position a fraction {@code t} of the way along this axis over the envelope. */
        double position(Envelope envelope, double t) {
            return this == WEST_TO_EAST
                    ? envelope.getMinX() + t * envelope.getWidth()
                    : envelope.getMaxY() - t * envelope.getHeight();
        }

        /** The part of the plane (within a padded envelope) that comes before {@code position}. */
        Geometry before(Envelope envelope, double position) {
            double pad = Math.max(envelope.getWidth(), envelope.getHeight());
            return this == WEST_TO_EAST
                    ? FACTORY.toGeometry(new Envelope(envelope.getMinX() - pad, position,
                            envelope.getMinY() - pad, envelope.getMaxY() + pad))
                    : FACTORY.toGeometry(new Envelope(envelope.getMinX() - pad, envelope.getMaxX() + pad,
                            position, envelope.getMaxY() + pad));
        }

        LineString line(Envelope envelope, double position) {
            double pad = Math.max(envelope.getWidth(), envelope.getHeight());
            return this == WEST_TO_EAST
                    ? FACTORY.createLineString(new Coordinate[] {new Coordinate(position, envelope.getMinY() - pad),
                            new Coordinate(position, envelope.getMaxY() + pad)})
                    : FACTORY.createLineString(new Coordinate[] {new Coordinate(envelope.getMinX() - pad, position),
                            new Coordinate(envelope.getMaxX() + pad, position)});
        }

        boolean isBefore(Coordinate point, double position) {
            return this == WEST_TO_EAST ? point.x < position : point.y > position;
        }
    }

    private PolygonCutter() {
    }

    /**
     * @param weightIn the weight of a region of the polygon; additive and never decreasing as the region grows
     * @return the parts in order along the axis (west to east, or north to south), or empty when a straight cut
     *         along neither axis gives {@code parts} single polygons
     */
    static Optional<List<Polygon>> cut(Polygon polygon, int parts, ToDoubleFunction<Geometry> weightIn) {
        if (parts < 2) {
            throw new IllegalArgumentException("a cut needs at least 2 parts: " + parts);
        }
        Envelope envelope = polygon.getEnvelopeInternal();
        double groundWidth = envelope.getWidth() * Math.cos(Math.toRadians(envelope.centre().y));
        Axis longer = groundWidth >= envelope.getHeight() ? Axis.WEST_TO_EAST : Axis.NORTH_TO_SOUTH;
        Axis shorter = longer == Axis.WEST_TO_EAST ? Axis.NORTH_TO_SOUTH : Axis.WEST_TO_EAST;
        Optional<List<Polygon>> across = cut(polygon, parts, weightIn, longer);
        return across.isPresent() ? across : cut(polygon, parts, weightIn, shorter);
    }

    private static Optional<List<Polygon>> cut(Polygon polygon, int parts, ToDoubleFunction<Geometry> weightIn,
                                               Axis axis) {
        Envelope envelope = polygon.getEnvelopeInternal();
        double total = weightIn.applyAsDouble(polygon);
        double[] positions = new double[parts - 1];
        for (int k = 1; k < parts; k++) {
            positions[k - 1] = position(polygon, axis, total * k / parts, weightIn);
        }
        List<List<Polygon>> facesByPart = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            facesByPart.add(new ArrayList<>());
        }
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(polygon);
        for (Polygon face : faces(polygon, axis, positions)) {
            Coordinate point = face.getInteriorPoint().getCoordinate();
            if (inside.locate(point) != Location.INTERIOR) {
                continue;
            }
            int part = 0;
            while (part < positions.length && !axis.isBefore(point, positions[part])) {
                part++;
            }
            facesByPart.get(part).add(face);
        }
        List<Polygon> result = new ArrayList<>(parts);
        for (List<Polygon> faces : facesByPart) {
            if (faces.isEmpty()) {
                return Optional.empty();
            }
            Geometry union = CoverageUnion.union(faces.toArray(Geometry[]::new));
            if (!(union instanceof Polygon part)) {
                return Optional.empty();
            }
            result.add((Polygon) part.norm());
        }
        return Optional.of(result);
    }

    /** Where along the axis the weight before the cut reaches {@code wanted}. */
    private static double position(Polygon polygon, Axis axis, double wanted, ToDoubleFunction<Geometry> weightIn) {
        Envelope envelope = polygon.getEnvelopeInternal();
        double low = 0;
        double high = 1;
        for (int step = 0; step < BISECTION_STEPS; step++) {
            double t = (low + high) / 2;
            Geometry before = areaOfIntersection(polygon, axis.before(envelope, axis.position(envelope, t)));
            if (weightIn.applyAsDouble(before) < wanted) {
                low = t;
            } else {
                high = t;
            }
        }
        return axis.position(envelope, (low + high) / 2);
    }

    /** The intersection of two areas without the lines and points where they merely touch. */
    static Geometry areaOfIntersection(Geometry a, Geometry b) {
        OverlayNG overlay = new OverlayNG(a, b, OverlayNG.INTERSECTION);
        overlay.setStrictMode(true);
        return overlay.getResult();
    }

    private static List<Polygon> faces(Polygon polygon, Axis axis, double[] positions) {
        Envelope envelope = polygon.getEnvelopeInternal();
        List<Geometry> lines = new ArrayList<>();
        for (double position : positions) {
            lines.add(axis.line(envelope, position));
        }
        Geometry noded = OverlayNG.overlay(polygon.getBoundary(),
                FACTORY.createMultiLineString(lines.toArray(LineString[]::new)), OverlayNG.UNION);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        List<Polygon> faces = new ArrayList<>();
        for (Object face : polygonizer.getPolygons()) {
            faces.add((Polygon) face);
        }
        return faces;
    }
}
