package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CellIndexTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final CellIndex CHAOYANG = new CellIndex(ChaoyangFixture.LAYER.cells());

    @Test
    void locatesAPointInSanlitunInAChaoyangCell() {
        Optional<Cell> cell = CHAOYANG.locate(116.455, 39.937);

        assertThat(cell).hasValueSatisfying(found -> {
            assertThat(found.district().code()).isEqualTo("110105");
            assertThat(found.code()).startsWith("110105");
            assertThat(found.geometry().covers(new GeometryFactory().createPoint(
                    new Coordinate(116.455, 39.937)))).isTrue();
        });
    }

    @Test
    void findsNothingOutsideTheDistrict() {
        assertThat(CHAOYANG.locate(116.30, 39.99)).isEmpty(); // Haidian
        assertThat(CHAOYANG.locate(121.47, 31.23)).isEmpty(); // Shanghai
    }

    @Test
    void locatesEveryCellByItsRepresentativePoint() {
        assertThat(CHAOYANG.size()).isEqualTo(ChaoyangFixture.LAYER.cells().size());
        assertThat(ChaoyangFixture.LAYER.cells()).allSatisfy(cell -> assertThat(
                CHAOYANG.locate(cell.representativePoint().getX(), cell.representativePoint().getY()))
                .hasValue(cell));
    }

    @Test
    void resolvesAPointOnASharedEdgeOrCornerToTheSmallestCode() {
        CellIndex index = new CellIndex(List.of(square("110105001001002", 1, 0), square("110105001001001", 0, 0),
                square("110105001001003", 0, 1), square("110105001001004", 1, 1)));

        assertThat(index.locate(1.0, 0.5)).map(Cell::code).hasValue("110105001001001");
        assertThat(index.locate(1.5, 1.0)).map(Cell::code).hasValue("110105001001002");
        assertThat(index.locate(1.0, 1.0)).map(Cell::code).hasValue("110105001001001");
        assertThat(index.locate(1.5, 1.5)).map(Cell::code).hasValue("110105001001004");
        assertThat(index.locate(2.5, 0.5)).isEmpty();
    }

    @Test
    void answersConcurrentLookUpsLikeSequentialOnes() throws Exception {
        List<Cell> cells = ChaoyangFixture.LAYER.cells();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = offset; i < cells.size(); i += 4) {
                        Cell cell = cells.get(i);
                        if (!CHAOYANG.locate(cell.representativePoint().getX(), cell.representativePoint().getY())
                                .equals(Optional.of(cell))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void agreesWithJtsCoversOnRandomPointsInsideAndAroundChaoyang() {
        List<Cell> cells = ChaoyangFixture.LAYER.cells();
        Envelope around = envelopeOf(cells);
        around.expandBy(around.getWidth() * 0.05, around.getHeight() * 0.05);
        SplittableRandom random = new SplittableRandom(20261123);
        List<Coordinate> points = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            points.add(randomPointIn(around, random));
        }

        assertAgreesWithBruteForce(CHAOYANG, cells, points);
        assertThat(points.stream().filter(point -> CHAOYANG.locate(point.x, point.y).isEmpty())).hasSizeGreaterThan(1_000);
    }

    @Test
    void agreesWithJtsCoversOnEveryVertexAndEdgeOfChaoyangAndAnUlpBesideThem() {
        List<Cell> cells = ChaoyangFixture.LAYER.cells();
        Set<Coordinate> points = new LinkedHashSet<>();
        for (Cell cell : cells) {
            Coordinate[] ring = ((Polygon) cell.geometry()).getExteriorRing().getCoordinates();
            for (int i = 0; i + 1 < ring.length; i++) {
                Coordinate vertex = ring[i];
                points.add(vertex);
                points.add(new Coordinate((vertex.x + ring[i + 1].x) / 2, (vertex.y + ring[i + 1].y) / 2));
                if (i % 4 == 0) {
                    points.add(new Coordinate(Math.nextUp(vertex.x), vertex.y));
                    points.add(new Coordinate(Math.nextDown(vertex.x), vertex.y));
                    points.add(new Coordinate(vertex.x, Math.nextUp(vertex.y)));
                    points.add(new Coordinate(vertex.x, Math.nextDown(vertex.y)));
                }
            }
        }

        assertAgreesWithBruteForce(CHAOYANG, cells, List.copyOf(points));
    }

    /** At the origin the vertices are kept as doubles; shrunk and moved into Beijing, on the int grid. */
    @ParameterizedTest
    @CsvSource({"1, 0, 0, DoubleCellRings", "0.0625, 116, 39.5, GridCellRings"})
    void agreesWithJtsCoversAroundHolesEnclavesAndMultiPolygons(double scale, double dx, double dy, String storage)
            throws ParseException {
        AffineTransformation move = AffineTransformation.scaleInstance(scale, scale).translate(dx, dy);
        List<Cell> cells = List.of(
                // a cell with two holes: one filled by an enclave cell, one outside every cell
                cell("110105001001003", move.transform(wkt("POLYGON ((0 0, 4 0, 4 3, 0 3, 0 0),"
                        + " (1 1, 1 2, 2 2, 2 1, 1 1), (2.5 0.5, 3.5 0.5, 3.5 2.5, 2.5 0.5))"))),
                cell("110105001001001", move.transform(wkt("POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))"))),
                // two parts, one of them inside the other's hole
                cell("110105001001002", move.transform(wkt("MULTIPOLYGON (((4 0, 7 0, 7 3, 4 3, 4 0),"
                        + " (5 1, 6 1, 6 2, 5 2, 5 1)), ((5.25 1.25, 5.75 1.25, 5.5 1.75, 5.25 1.25)))"))),
                // a neighbour with a slanted shared edge and a sliver of a triangle
                cell("110105001001004", move.transform(wkt("POLYGON ((0 3, 7 3, 3.375 4.125, 0 3))"))));
        CellIndex index = new CellIndex(cells);
        SplittableRandom random = new SplittableRandom(7);
        List<Coordinate> points = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            points.add(randomPointIn(new Envelope(dx - 0.5 * scale, dx + 7.5 * scale, dy - 0.5 * scale,
                    dy + 4.5 * scale), random));
        }
        for (Cell cell : cells) {
            Coordinate[] vertices = cell.geometry().getCoordinates();
            for (int i = 0; i + 1 < vertices.length; i++) {
                points.add(vertices[i]);
                points.add(new Coordinate((vertices[i].x + vertices[i + 1].x) / 2,
                        (vertices[i].y + vertices[i + 1].y) / 2));
            }
        }

        assertThat(CellRings.of(cells.stream().map(Cell::geometry).toList()).getClass().getSimpleName())
                .isEqualTo(storage);
        assertAgreesWithBruteForce(index, cells, points);
        assertThat(index.locate(dx + 1.5 * scale, dy + 1.5 * scale)).map(Cell::code).hasValue("110105001001001");
        assertThat(index.locate(dx + 1.0 * scale, dy + 1.5 * scale)).map(Cell::code).hasValue("110105001001001");
        assertThat(index.locate(dx + 3.2 * scale, dy + 1.5 * scale)).isEmpty();
        assertThat(index.locate(dx + 5.5 * scale, dy + 1.1 * scale)).isEmpty();
        assertThat(index.locate(dx + 5.5 * scale, dy + 1.5 * scale)).map(Cell::code).hasValue("110105001001002");
        assertThat(index.locate(dx + 4.0 * scale, dy + 3.0 * scale)).map(Cell::code).hasValue("110105001001002");
    }

    @Test
    void answersMostBoundaryBucketsOfChaoyangByTheirChordAndAgreesWithJtsRightBesideTheEdges() {
        List<Cell> cells = ChaoyangFixture.LAYER.cells().stream().sorted(Comparator.comparing(Cell::code)).toList();
        CellRings rings = CellRings.of(cells.stream().map(Cell::geometry).toList());
        double[] envelope = rings.envelope();
        BucketRaster raster = BucketRaster.over(envelope[0], envelope[1], envelope[2], envelope[3],
                (long) cells.size() * CellIndex.BUCKETS_PER_CELL);
        BucketTable table = BucketTableBuilder.build(rings, raster);
        List<Coordinate> points = new ArrayList<>();
        // a bucket is about 0.0016 degrees wide, so its chords' uncertain strip about 1.6e-6 degrees
        double[] offsets = {1e-9, 1e-7, 1.2e-6, 1.6e-6, 2e-6, 5e-6, 3e-5};
        for (Cell cell : cells) {
            Coordinate[] ring = ((Polygon) cell.geometry()).getExteriorRing().getCoordinates();
            for (int i = 0; i + 1 < ring.length; i++) {
                double dx = ring[i + 1].x - ring[i].x;
                double dy = ring[i + 1].y - ring[i].y;
                double length = Math.hypot(dx, dy);
                for (double along : new double[] {0.3, 0.5}) {
                    for (double offset : offsets) {
                        for (int side = -1; side <= 1; side += 2) {
                            points.add(new Coordinate(ring[i].x + along * dx - side * offset * dy / length,
                                    ring[i].y + along * dy + side * offset * dx / length));
                        }
                    }
                }
            }
        }

        assertThat(table.chordBuckets()).as("of %d buckets", table.bucketCount())
                .isGreaterThan(table.bucketCount() / 5);
        assertAgreesWithBruteForce(CHAOYANG, cells, points);
    }

    /** Not timed: that batching pays on a large layer is the benchmark's to show (deploy/bench/grid-lookup.sh). */
    @Test
    void answersABatchOfPointsAsSingleLookUpsInsideOutsideInHolesAndOnBoundaries() throws ParseException {
        AffineTransformation move = AffineTransformation.scaleInstance(0.0625, 0.0625).translate(116, 39.5);
        List<Cell> cells = List.of(
                cell("110105001001003", move.transform(wkt("POLYGON ((0 0, 4 0, 4 3, 0 3, 0 0),"
                        + " (1 1, 1 2, 2 2, 2 1, 1 1), (2.5 0.5, 3.5 0.5, 3.5 2.5, 2.5 0.5))"))),
                cell("110105001001001", move.transform(wkt("POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))"))),
                cell("110105001001002", move.transform(wkt("MULTIPOLYGON (((4 0, 7 0, 7 3, 4 3, 4 0),"
                        + " (5 1, 6 1, 6 2, 5 2, 5 1)), ((5.25 1.25, 5.75 1.25, 5.5 1.75, 5.25 1.25)))"))),
                cell("110105001001004", move.transform(wkt("POLYGON ((0 3, 7 3, 3.375 4.125, 0 3))"))));
        CellIndex index = new CellIndex(cells);
        SplittableRandom random = new SplittableRandom(11);
        List<Coordinate> points = new ArrayList<>();
        Envelope around = envelopeOf(cells);
        around.expandBy(around.getWidth() * 0.1, around.getHeight() * 0.1);
        for (int i = 0; i < 5_000; i++) {
            points.add(randomPointIn(around, random));
        }
        for (Cell cell : cells) {
            Coordinate[] vertices = cell.geometry().getCoordinates();
            for (int i = 0; i + 1 < vertices.length; i++) {
                points.add(vertices[i]);
                points.add(new Coordinate((vertices[i].x + vertices[i + 1].x) / 2,
                        (vertices[i].y + vertices[i + 1].y) / 2));
            }
        }
        Coordinate inTheEmptyHole = move.transform(new Coordinate(3.2, 1.5), new Coordinate());
        points.addAll(List.of(inTheEmptyHole, new Coordinate(121.47, 31.23), new Coordinate(Double.NaN, 39.6),
                new Coordinate(116.1, Double.NaN)));

        assertBatchedAnswersAsSingle(index, points);
        assertBatchedAnswersAsSingle(CHAOYANG, points);
        assertThat(points.stream().map(point -> index.locate(point.x, point.y).map(Cell::code).orElse("none")))
                .contains("none", "110105001001001", "110105001001002", "110105001001003", "110105001001004");
        assertThat(index.locate(inTheEmptyHole.x, inTheEmptyHole.y)).isEmpty();
    }

    @Test
    void findsNothingInAnEmptyLayerOrAtNaN() {
        assertThat(new CellIndex(List.of()).locate(116.455, 39.937)).isEmpty();
        assertThat(new CellIndex(List.of()).size()).isZero();
        Cell[] out = {square("110105001001001", 0, 0)};
        new CellIndex(List.of()).locateAll(new double[] {116.455}, new double[] {39.937}, 0, 1, out);
        assertThat(out).containsOnlyNulls();
        assertThat(CHAOYANG.locate(Double.NaN, 39.937)).isEmpty();
        assertThat(CHAOYANG.locate(116.455, Double.NaN)).isEmpty();
    }

    /**
     * {@code locateAll} over the points, in a batch that does not start at 0 and whose length is no multiple of the
     * group size, answers each point as {@code locate} does, and writes nothing outside the batch.
     */
    private static void assertBatchedAnswersAsSingle(CellIndex index, List<Coordinate> points) {
        int from = 3;
        double[] lons = new double[points.size() + from + 2];
        double[] lats = new double[lons.length];
        for (int i = 0; i < points.size(); i++) {
            lons[from + i] = points.get(i).x;
            lats[from + i] = points.get(i).y;
        }
        Cell sentinel = square("110105999999999", 0, 0);
        Cell[] batched = new Cell[lons.length];
        Arrays.fill(batched, sentinel);

        index.locateAll(lons, lats, from, from + points.size(), batched);

        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Cell single = index.locate(lons[from + i], lats[from + i]).orElse(null);
            if (batched[from + i] != single) {
                disagreements.add(points.get(i) + " single " + single + " but batched " + batched[from + i]);
            }
        }
        assertThat(disagreements).as("%d points", points.size()).isEmpty();
        assertThat(List.of(batched[0], batched[from - 1], batched[from + points.size()], batched[lons.length - 1]))
                .containsOnly(sentinel);
    }

    /** The cell a look-up must find, by definition: the smallest code among all cells whose geometry covers it. */
    private static void assertAgreesWithBruteForce(CellIndex index, List<Cell> cells, List<Coordinate> points) {
        STRtree envelopes = new STRtree();
        cells.forEach(cell -> envelopes.insert(cell.geometry().getEnvelopeInternal(), cell));
        List<String> disagreements = new ArrayList<>();
        for (Coordinate point : points) {
            @SuppressWarnings("unchecked")
            List<Cell> candidates = envelopes.query(new Envelope(point));
            Optional<String> expected = candidates.stream()
                    .filter(cell -> cell.geometry().covers(GEOMETRY.createPoint(point)))
                    .map(Cell::code)
                    .min(Comparator.naturalOrder());
            Optional<String> actual = index.locate(point.x, point.y).map(Cell::code);
            if (!actual.equals(expected)) {
                disagreements.add(point + " expected " + expected + " but was " + actual);
            }
        }
        assertThat(disagreements).as("%d points", points.size()).isEmpty();
        assertBatchedAnswersAsSingle(index, points);
    }

    private static Envelope envelopeOf(List<Cell> cells) {
        Envelope envelope = new Envelope();
        cells.forEach(cell -> envelope.expandToInclude(cell.geometry().getEnvelopeInternal()));
        return envelope;
    }

    private static Coordinate randomPointIn(Envelope envelope, RandomGenerator random) {
        return new Coordinate(envelope.getMinX() + random.nextDouble() * envelope.getWidth(),
                envelope.getMinY() + random.nextDouble() * envelope.getHeight());
    }

    private static Geometry wkt(String wkt) throws ParseException {
        return new WKTReader(GEOMETRY).read(wkt);
    }

    private static Cell square(String code, double minX, double minY) {
        return cell(code, GEOMETRY.toGeometry(new Envelope(minX, minX + 1, minY, minY + 1)));
    }

    private static Cell cell(String code, Geometry geometry) {
        Community community = new Community(code.substring(0, 12), "测试社区居委会", code.substring(0, 9));
        return new Cell(code, community, new Street(code.substring(0, 9), "测试街道"), new District("110105", "朝阳区"),
                geometry, 3000, 1000, ResidentTeams.teamId(community), ResidentTeams.teamName(community),
                geometry.getInteriorPoint());
    }
}
