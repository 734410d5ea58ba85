package city.gridline.bench;

import java.util.List;
import java.util.SplittableRandom;

import city.gridline.grid.layer.domain.Cell;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The points every engine is asked about, the same for a given layer, count and seed: 90 % uniform in the
 * layer's ellipse widened by 2 % (so a few fall just outside its rim), 6 % uniform over the whole extent (the
 * corners lie outside every cell), 3 % exactly on a vertex of a random cell (on a boundary, where the tie rule
 * decides) and 1 % anywhere around Beijing (almost all outside).
 */
record QueryPoints(double[] lon, double[] lat) {

    /**
     * The benchmark's query points for the layer generated for {@code size} cells: the same in the benchmark's own
     * JVM and in every CPU-time fork, so that their figures are of the same points.
     */
    static QueryPoints ofLayer(List<Cell> cells, int size, int count, long seed) {
        return generate(cells, count, seed + size);
    }

    /** The benchmark's cell-centre points for the layer generated for {@code size} cells (see {@link #ofLayer}). */
    static QueryPoints centresOfLayer(List<Cell> cells, int size, int count, long seed) {
        return cellCentres(cells, count, seed - size);
    }

    static QueryPoints generate(List<Cell> cells, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] lon = new double[count];
        double[] lat = new double[count];
        double centreX = (SyntheticLattice.WEST + SyntheticLattice.EAST) / 2;
        double centreY = (SyntheticLattice.SOUTH + SyntheticLattice.NORTH) / 2;
        double radiusX = (SyntheticLattice.EAST - SyntheticLattice.WEST) / 2;
        double radiusY = (SyntheticLattice.NORTH - SyntheticLattice.SOUTH) / 2;
        for (int n = 0; n < count; n++) {
            double kind = random.nextDouble();
            if (kind < 0.90) {
                double u;
                double v;
                do {
                    u = random.nextDouble(-1, 1);
                    v = random.nextDouble(-1, 1);
                } while (u * u + v * v > 1);
                lon[n] = centreX + 1.02 * u * radiusX;
                lat[n] = centreY + 1.02 * v * radiusY;
            } else if (kind < 0.96) {
                lon[n] = random.nextDouble(SyntheticLattice.WEST, SyntheticLattice.EAST);
                lat[n] = random.nextDouble(SyntheticLattice.SOUTH, SyntheticLattice.NORTH);
            } else if (kind < 0.99) {
                Polygon polygon = (Polygon) cells.get(random.nextInt(cells.size())).geometry();
                Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
                Coordinate vertex = ring[random.nextInt(ring.length - 1)];
                lon[n] = vertex.x;
                lat[n] = vertex.y;
            } else {
                lon[n] = random.nextDouble(115.4, 117.5);
                lat[n] = random.nextDouble(39.4, 41.1);
            }
        }
        return new QueryPoints(lon, lat);
    }

    /**
     * Points beside the centres of random cells (within 2 % of a cell's extent of its envelope's centre), each at
     * least 0.4 times a mean cell's side from its cell's boundary, so that the whole bucket around it lies in the
     * cell: each is answered from its bucket's word alone, with no geometry read or tested. At a layer larger than
     * the caches, their look-up time is what the memory hierarchy adds to the cheapest look-up there is.
     */
    static QueryPoints cellCentres(List<Cell> cells, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double meanArea = cells.stream().mapToDouble(cell -> cell.geometry().getArea()).average().orElse(0);
        double clearance = 0.4 * Math.sqrt(meanArea);
        GeometryFactory geometry = new GeometryFactory();
        double[] lon = new double[count];
        double[] lat = new double[count];
        for (int n = 0; n < count; n++) {
            // small enclaves, cells clipped by the layer's rim and holed cells may have no such point near the centre
            Point point;
            Geometry cell;
            do {
                cell = cells.get(random.nextInt(cells.size())).geometry();
                Envelope envelope = cell.getEnvelopeInternal();
                point = geometry.createPoint(new Coordinate(
                        envelope.centre().x + random.nextDouble(-0.02, 0.02) * envelope.getWidth(),
                        envelope.centre().y + random.nextDouble(-0.02, 0.02) * envelope.getHeight()));
            } while (!cell.contains(point) || cell.getBoundary().distance(point) < clearance);
            lon[n] = point.getX();
            lat[n] = point.getY();
        }
        return new QueryPoints(lon, lat);
    }

    int size() {
        return lon.length;
    }
}
