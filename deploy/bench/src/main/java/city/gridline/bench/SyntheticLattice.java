package city.gridline.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.Community;
import city.gridline.grid.layer.domain.District;
import city.gridline.grid.layer.domain.ResidentTeams;
import city.gridline.grid.layer.domain.Street;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A synthetic grid layer of about a given number of cells over Chaoyang's extent, for sizes the layer generator
 * cannot reach in reasonable time (its sliver merging is quadratic, and its lattice squares have 4 or 5
 * vertices where real cells have more).
 *
 * <p>A lattice of squares of equal ground size, kept where the square's centre lies in the ellipse inscribed in
 * the extent. Each cell is a polygon of 8 to 20 vertices: the lattice corners are jittered by up to
 * {@value #CORNER_JITTER} of a square, and each side carries 1 to 4 points jittered across it by up to
 * {@value #EDGE_JITTER}. Corners and side points are computed from their lattice position alone, so neighbours
 * share them exactly and the cells tile without gaps or overlaps, like a generated layer. Each side stays within
 * 0.18 of its lattice line and its points keep 0.2 of a square from the corners, so no two sides can meet
 * except at their shared corner: every cell is a simple polygon. About one cell in {@value #HOLE_EVERY} has a
 * square hole; every other hole holds an enclave cell, the rest are outside every cell. Coordinates are snapped
 * to the 2^-30 degree grid the layer generator uses.
 *
 * <p>Codes follow the layer's scheme: blocks of {@value #BLOCK_COLUMNS} x {@value #BLOCK_ROWS} squares are
 * communities, {@value #COMMUNITIES_PER_STREET} communities a street, cells numbered north to south, west to
 * east within their community. Everything depends on the target size and the seed only.
 */
final class SyntheticLattice {

    static final double WEST = 116.37;
    static final double EAST = 116.65;
    static final double SOUTH = 39.80;
    static final double NORTH = 40.10;

    private static final double CORNER_JITTER = 0.12;
    private static final double EDGE_JITTER = 0.06;
    private static final int HOLE_EVERY = 500;
    private static final int BLOCK_COLUMNS = 20;
    private static final int BLOCK_ROWS = 25;
    private static final int COMMUNITIES_PER_STREET = 100;
    private static final double SNAP = 1 << 30;
    private static final District DISTRICT = new District("110105", "朝阳区");

    private final GeometryFactory factory = new GeometryFactory();
    private final long seed;
    private final int columns;
    private final int rows;
    private final double width;
    private final double height;
    private final Community[] communities;
    private final int[] nextSequence;

    private SyntheticLattice(int targetCells, long seed) {
        this.seed = seed;
        double lonScale = Math.cos(Math.toRadians((SOUTH + NORTH) / 2));
        double groundWidth = (EAST - WEST) * lonScale;
        double groundHeight = NORTH - SOUTH;
        // the ellipse keeps pi/4 of the squares
        double side = Math.sqrt(groundWidth * groundHeight * Math.PI / 4 / targetCells);
        this.columns = Math.max(1, (int) Math.round(groundWidth / side));
        this.rows = Math.max(1, (int) Math.round(groundHeight / side));
        this.width = (EAST - WEST) / columns;
        this.height = (NORTH - SOUTH) / rows;
        int blocks = blocksPerRow() * ((rows + BLOCK_ROWS - 1) / BLOCK_ROWS);
        if (blocks > 999 * COMMUNITIES_PER_STREET) {
            throw new IllegalArgumentException(targetCells + " cells need more streets than 3-digit codes allow");
        }
        this.communities = new Community[blocks];
        this.nextSequence = new int[blocks];
    }

    /** About {@code targetCells} cells (the ellipse decides the exact count), ordered by code. */
    static List<Cell> generate(int targetCells, long seed) {
        return new SyntheticLattice(targetCells, seed).cells();
    }

    private List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (int j = rows - 1; j >= 0; j--) {
            for (int i = 0; i < columns; i++) {
                if (inEllipse(i, j)) {
                    cells.add(latticeCell(i, j));
                }
            }
        }
        for (int j = rows - 1; j >= 0; j--) {
            for (int i = 0; i < columns; i++) {
                if (inEllipse(i, j) && hasHole(i, j) && holeHoldsEnclave(i, j)) {
                    cells.add(cell(i, j, factory.createPolygon(holeRing(i, j).reverse()), 0.5, 0.5));
                }
            }
        }
        cells.sort(Comparator.comparing(Cell::code));
        return cells;
    }

    private boolean inEllipse(int i, int j) {
        double u = (i + 0.5) / columns * 2 - 1;
        double v = (j + 0.5) / rows * 2 - 1;
        return u * u + v * v <= 1;
    }

    private Cell latticeCell(int i, int j) {
        List<Coordinate> shell = new ArrayList<>(21);
        shell.add(corner(i, j));
        shell.addAll(horizontalSide(i, j));
        shell.add(corner(i + 1, j));
        shell.addAll(verticalSide(i + 1, j));
        shell.add(corner(i + 1, j + 1));
        shell.addAll(reversed(horizontalSide(i, j + 1)));
        shell.add(corner(i, j + 1));
        shell.addAll(reversed(verticalSide(i, j)));
        shell.add(corner(i, j));
        LinearRing ring = factory.createLinearRing(shell.stream().map(this::snapped).toArray(Coordinate[]::new));
        LinearRing[] holes = hasHole(i, j) ? new LinearRing[] {holeRing(i, j)} : new LinearRing[0];
        return cell(i, j, factory.createPolygon(ring, holes), 0.25, 0.25);
    }

    private Cell cell(int i, int j, Polygon polygon, double insideU, double insideV) {
        int block = block(i, j);
        Community community = community(block);
        String code = String.format("%s%03d", community.code(), ++nextSequence[block]);
        Point inside = factory.createPoint(new Coordinate(WEST + (i + insideU) * width, SOUTH + (j + insideV) * height));
        return new Cell(code, community, new Street(community.streetCode(), "模拟街道"), DISTRICT, polygon, 3000, 1000,
                ResidentTeams.teamId(community), ResidentTeams.teamName(community), inside);
    }

    private int blocksPerRow() {
        return (columns + BLOCK_COLUMNS - 1) / BLOCK_COLUMNS;
    }

    private int block(int i, int j) {
        return (rows - 1 - j) / BLOCK_ROWS * blocksPerRow() + i / BLOCK_COLUMNS;
    }

    private Community community(int block) {
        if (communities[block] == null) {
            String street = String.format("%s%03d", DISTRICT.code(), block / COMMUNITIES_PER_STREET + 1);
            String code = String.format("%s%03d", street, block % COMMUNITIES_PER_STREET + 1);
            communities[block] = new Community(code, "模拟" + (block + 1) + "社区居委会", street);
        }
        return communities[block];
    }

    private Coordinate corner(int i, int j) {
        return new Coordinate(WEST + (i + CORNER_JITTER * jitter(0, i, j, 0)) * width,
                SOUTH + (j + CORNER_JITTER * jitter(0, i, j, 1)) * height);
    }

    /** The points of the side from corner (i, j) eastwards, west to east. */
    private List<Coordinate> horizontalSide(int i, int j) {
        Coordinate from = corner(i, j);
        Coordinate to = corner(i + 1, j);
        int count = sidePointCount(1, i, j);
        List<Coordinate> points = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            double t = 0.2 + 0.6 * k / (count + 1);
            points.add(new Coordinate(from.x + t * (to.x - from.x),
                    from.y + t * (to.y - from.y) + EDGE_JITTER * jitter(2, i, j, k) * height));
        }
        return points;
    }

    /** The points of the side from corner (i, j) northwards, south to north. */
    private List<Coordinate> verticalSide(int i, int j) {
        Coordinate from = corner(i, j);
        Coordinate to = corner(i, j + 1);
        int count = sidePointCount(3, i, j);
        List<Coordinate> points = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            double t = 0.2 + 0.6 * k / (count + 1);
            points.add(new Coordinate(from.x + t * (to.x - from.x) + EDGE_JITTER * jitter(4, i, j, k) * width,
                    from.y + t * (to.y - from.y)));
        }
        return points;
    }

    private int sidePointCount(int kind, int i, int j) {
        return 1 + (int) ((jitter(kind, i, j, 0) + 1) * 2) % 4;
    }

    private boolean hasHole(int i, int j) {
        return Long.remainderUnsigned(hash(5, i, j, 0), HOLE_EVERY) == 0;
    }

    private boolean holeHoldsEnclave(int i, int j) {
        return (hash(6, i, j, 0) & 1) == 0;
    }

    /** A square hole in the middle fifth of the lattice square, clockwise. */
    private LinearRing holeRing(int i, int j) {
        double west = WEST + (i + 0.4) * width;
        double east = WEST + (i + 0.6) * width;
        double south = SOUTH + (j + 0.4) * height;
        double north = SOUTH + (j + 0.6) * height;
        return factory.createLinearRing(new Coordinate[] {snapped(new Coordinate(west, south)),
                snapped(new Coordinate(west, north)), snapped(new Coordinate(east, north)),
                snapped(new Coordinate(east, south)), snapped(new Coordinate(west, south))});
    }

    private Coordinate snapped(Coordinate coordinate) {
        return new Coordinate(Math.rint(coordinate.x * SNAP) / SNAP, Math.rint(coordinate.y * SNAP) / SNAP);
    }

    private static List<Coordinate> reversed(List<Coordinate> points) {
        List<Coordinate> reversed = new ArrayList<>(points.size());
        for (int k = points.size() - 1; k >= 0; k--) {
            reversed.add(points.get(k));
        }
        return reversed;
    }

    /** A value in [-1, 1) that depends only on the seed and its arguments. */
    private double jitter(int kind, int i, int j, int k) {
        return (hash(kind, i, j, k) >>> 11) * 0x1.0p-52 - 1;
    }

    /** SplitMix64's finaliser over the seed and the arguments. */
    private long hash(int kind, int i, int j, int k) {
        long z = seed ^ kind * 0x9E3779B97F4A7C15L ^ i * 0xC2B2AE3D27D4EB4FL ^ j * 0x165667B19E3779F9L
                ^ k * 0xD6E8FEB86659FD93L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
