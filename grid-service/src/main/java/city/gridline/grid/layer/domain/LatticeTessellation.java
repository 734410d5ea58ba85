package city.gridline.grid.layer.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Partitions a polygonal outline by a square lattice: squares of equal ground size (a degree of
 * longitude is shortened by the cosine of the mid latitude), rows counted from the north and
 * columns from the west.
 *
 * <p>The lattice lines and the outline are noded together once and polygonized, so every face lies
 * in one square and neighbouring faces share exactly the same vertices: the faces inside the outline
 * cover it without gaps or overlaps. A square cut apart by the outline gives one face per part.
 * Faces smaller than {@link #SLIVER_SHARE} of a square are merged into the neighbour with which they
 * share the longest edge; a small face with no neighbour (a tiny exclave) stays a piece of its own.
 */
final class LatticeTessellation {

    /** A piece of the partition and the lattice square it comes from (or, if merged, its host's square). */
    record Piece(Polygon polygon, int row, int column) {
    }

    /**
     * A face of share p is further from the target size on its own than merged (1 + p) while
     * p &lt; 0.618; one half keeps merged pieces within 1.5 squares.
     */
    private static final double SLIVER_SHARE = 0.5;

    /** Coordinates are snap-rounded to a 2^-30 degree grid (about 0.1 mm) while noding. */
    private static final PrecisionModel PRECISION = new PrecisionModel(1 << 30);

    private static final int SEARCH_ROUNDS = 2;
    private static final int BISECTION_STEPS = 40;

    private final GeometryFactory factory = new GeometryFactory(PRECISION);
    private final Geometry outline;
    private final IndexedPointInAreaLocator outlineLocator;
    private final Envelope envelope;
    private final double lonScale;

    LatticeTessellation(Geometry outline) {
        this.outline = GeometryPrecisionReducer.reduce(outline, PRECISION);
        this.outlineLocator = new IndexedPointInAreaLocator(this.outline);
        this.envelope = this.outline.getEnvelopeInternal();
        this.lonScale = Math.cos(Math.toRadians(envelope.centre().y));
    }

    /** Ground length of a degree of longitude relative to a degree of latitude, at the outline's mid latitude. */
    double lonScale() {
        return lonScale;
    }

    /**
     * The partition whose piece count is nearest to {@code targetCount}, never below {@code minimumCount}.
     *
     * <p>Partitioning is too slow to bisect on, so the square size is bisected on a cheap estimate
     * (the squares whose centre lies in the outline); the estimate's error, measured by a real
     * partition, then corrects the estimate's target for the next round.
     */
    List<Piece> partition(int targetCount, int minimumCount) {
        int estimateTarget = targetCount;
        List<Piece> best = null;
        for (int round = 0; round < SEARCH_ROUNDS; round++) {
            List<Piece> pieces = partition(sideForEstimatedCount(estimateTarget));
            int count = pieces.size();
            if (count >= minimumCount
                    && (best == null || Math.abs(count - targetCount) < Math.abs(best.size() - targetCount))) {
                best = pieces;
            }
            if (count == targetCount) {
                break;
            }
            estimateTarget = Math.max(1, estimateTarget + targetCount - count);
        }
        if (best == null) {
            throw new IllegalStateException("No lattice found that gives at least " + minimumCount + " cells");
        }
        return best;
    }

    /** The partition by squares whose side is {@code side} degrees of latitude. */
    private List<Piece> partition(double side) {
        Lattice lattice = lattice(side);
        List<Piece> faces = new ArrayList<>();
        for (Object face : polygonize(lattice)) {
            Polygon polygon = (Polygon) face;
            Coordinate inside = polygon.getInteriorPoint().getCoordinate();
            if (outlineLocator.locate(inside) == Location.INTERIOR) {
                faces.add(new Piece((Polygon) polygon.norm(), lattice.row(inside.y), lattice.column(inside.x)));
            }
        }
        // the polygonizer's output order and ring start points are not stable from run to run
        faces.sort(Comparator.comparingInt(Piece::row).thenComparingInt(Piece::column)
                .thenComparing(Piece::polygon, Geometry::compareTo));
        return new SliverMerger(faces, SLIVER_SHARE * lattice.squareArea()).merge();
    }

    private double sideForEstimatedCount(int estimateTarget) {
        double guess = Math.sqrt(outline.getArea() * lonScale / estimateTarget);
        double smaller = guess / 4;
        double larger = guess * 4;
        double bestSide = guess;
        int bestGap = Integer.MAX_VALUE;
        for (int step = 0; step < BISECTION_STEPS && bestGap > 0; step++) {
            double side = Math.sqrt(smaller * larger);
            int estimate = squaresCentredInOutline(lattice(side));
            if (Math.abs(estimate - estimateTarget) < bestGap) {
                bestGap = Math.abs(estimate - estimateTarget);
                bestSide = side;
            }
            if (estimate > estimateTarget) {
                smaller = side;
            } else {
                larger = side;
            }
        }
        return bestSide;
    }

    private int squaresCentredInOutline(Lattice lattice) {
        int count = 0;
        for (int r = 0; r < lattice.rows(); r++) {
            for (int c = 0; c < lattice.columns(); c++) {
                Coordinate centre = new Coordinate((lattice.xs[c] + lattice.xs[c + 1]) / 2,
                        (lattice.ys[r] + lattice.ys[r + 1]) / 2);
                if (outlineLocator.locate(centre) != Location.EXTERIOR) {
                    count++;
                }
            }
        }
        return count;
    }

    private Lattice lattice(double side) {
        double width = side / lonScale;
        int columns = Math.max(1, (int) Math.ceil(envelope.getWidth() / width));
        int rows = Math.max(1, (int) Math.ceil(envelope.getHeight() / side));
        double[] xs = new double[columns + 1];
        for (int c = 0; c <= columns; c++) {
            xs[c] = PRECISION.makePrecise(envelope.getMinX() + c * width);
        }
        double[] ys = new double[rows + 1];
        for (int r = 0; r <= rows; r++) {
            ys[r] = PRECISION.makePrecise(envelope.getMaxY() - r * side);
        }
        return new Lattice(xs, ys);
    }

    private Collection<?> polygonize(Lattice lattice) {
        List<LineString> lines = new ArrayList<>();
        double north = lattice.ys[0];
        double south = lattice.ys[lattice.rows()];
        for (double x : lattice.xs) {
            lines.add(factory.createLineString(new Coordinate[] {new Coordinate(x, north), new Coordinate(x, south)}));
        }
        double west = lattice.xs[0];
        double east = lattice.xs[lattice.columns()];
        for (double y : lattice.ys) {
            lines.add(factory.createLineString(new Coordinate[] {new Coordinate(west, y), new Coordinate(east, y)}));
        }
        Geometry latticeLines = factory.createMultiLineString(lines.toArray(LineString[]::new));
        Geometry noded = OverlayNG.overlay(outline.getBoundary(), latticeLines, OverlayNG.UNION, PRECISION);
        Polygonizer polygonizer = new Polygonizer();
        // the overlay has noded the linework, so ring validity checks would only cost time
        polygonizer.setCheckRingsValid(false);
        polygonizer.add(noded);
        return polygonizer.getPolygons();
    }

    /** Lattice lines: {@code xs} from west to east, {@code ys} from north to south. */
    private record Lattice(double[] xs, double[] ys) {

        int columns() {
            return xs.length - 1;
        }

        int rows() {
            return ys.length - 1;
        }

        double squareArea() {
            return (xs[1] - xs[0]) * (ys[0] - ys[1]);
        }

        /** The column whose square spans {@code x}: the last line at or west of it. */
        int column(double x) {
            int low = 0;
            int high = columns() - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (xs[mid] <= x) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low;
        }

        /** The row whose square spans {@code y}: the last line at or north of it. */
        int row(double y) {
            int low = 0;
            int high = rows() - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (ys[mid] >= y) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low;
        }
    }

    /**
     * Merges faces below a size into neighbours, smallest first, so a small face may grow by
     * absorbing another before it is judged. Faces are neighbours where they share a segment;
     * noding gave shared segments identical end points, so they are matched exactly.
     */
    private static final class SliverMerger {

        private final List<Piece> faces;
        private final double sliverArea;
        private final int[] groupOf;
        private final List<List<Integer>> members = new ArrayList<>();
        private final double[] area;
        private final boolean[] isolated;
        private final Map<Segment, List<Integer>> facesBySegment = new HashMap<>();

        SliverMerger(List<Piece> faces, double sliverArea) {
            this.faces = faces;
            this.sliverArea = sliverArea;
            groupOf = new int[faces.size()];
            area = new double[faces.size()];
            isolated = new boolean[faces.size()];
            for (int i = 0; i < faces.size(); i++) {
                groupOf[i] = i;
                members.add(new ArrayList<>(List.of(i)));
                area[i] = faces.get(i).polygon().getArea();
                for (Segment segment : Segment.boundaryOf(faces.get(i).polygon())) {
                    facesBySegment.computeIfAbsent(segment, s -> new ArrayList<>(2)).add(i);
                }
            }
        }

        List<Piece> merge() {
            for (int sliver = smallestSliver(); sliver >= 0; sliver = smallestSliver()) {
                int neighbour = longestSharedEdgeNeighbour(sliver);
                if (neighbour < 0) {
                    isolated[sliver] = true;
                    continue;
                }
                for (int face : members.get(sliver)) {
                    groupOf[face] = neighbour;
                }
                members.get(neighbour).addAll(members.get(sliver));
                members.get(sliver).clear();
                area[neighbour] += area[sliver];
            }
            List<Piece> pieces = new ArrayList<>();
            for (int group = 0; group < faces.size(); group++) {
                List<Integer> faceIndexes = members.get(group);
                if (!faceIndexes.isEmpty()) {
                    pieces.add(pieceOf(group, faceIndexes));
                }
            }
            return pieces;
        }

        private Piece pieceOf(int group, List<Integer> faceIndexes) {
            Piece host = faces.get(group);
            if (faceIndexes.size() == 1) {
                return host;
            }
            Geometry union = CoverageUnion.union(faceIndexes.stream()
                    .map(face -> faces.get(face).polygon())
                    .toArray(Geometry[]::new));
            if (!(union instanceof Polygon polygon)) {
                throw new IllegalStateException("Merged faces form a " + union.getGeometryType());
            }
            return new Piece((Polygon) polygon.norm(), host.row(), host.column());
        }

        /** The smallest group below the sliver size that may still be merged, or -1. */
        private int smallestSliver() {
            int smallest = -1;
            for (int group = 0; group < faces.size(); group++) {
                if (!members.get(group).isEmpty() && !isolated[group] && area[group] < sliverArea
                        && (smallest < 0 || area[group] < area[smallest])) {
                    smallest = group;
                }
            }
            return smallest;
        }

        /** The neighbouring group sharing the longest edge (on a tie the earliest), or -1. */
        private int longestSharedEdgeNeighbour(int group) {
            Map<Integer, Double> sharedLength = new TreeMap<>();
            for (int face : members.get(group)) {
                for (Segment segment : Segment.boundaryOf(faces.get(face).polygon())) {
                    for (int other : facesBySegment.get(segment)) {
                        if (groupOf[other] != group) {
                            sharedLength.merge(groupOf[other], segment.length(), Double::sum);
                        }
                    }
                }
            }
            int neighbour = -1;
            double longest = 0;
            for (Map.Entry<Integer, Double> shared : sharedLength.entrySet()) {
                if (shared.getValue() > longest) {
                    longest = shared.getValue();
                    neighbour = shared.getKey();
                }
            }
            return neighbour;
        }
    }
}
