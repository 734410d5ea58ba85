package city.gridline.grid.layer.domain;

/**
 * {@link CellRings} as ints on the 2^-30 degree grid (about 0.1 mm) the layer generator snaps coordinates to:
 * vertex = origin + units x 2^-30, exactly. Eight bytes a vertex instead of sixteen.
 *
 * <p>A test runs in grid units: the point is moved by the origin and scaled by 2^30, both exact when the
 * coordinates are positive and within a factor of two of the origin (every lon/lat in China), so the orientation
 * signs, and with them the answers, are those of the original coordinates.
 */
final class GridCellRings extends CellRings {

    private static final double UNITS_PER_DEGREE = 0x1p30;
    private static final double DEGREES_PER_UNIT = 0x1p-30;
    private static final int SEPARATOR = Integer.MIN_VALUE;

    private final int[] xy;
    private final double originX;
    private final double originY;

    private GridCellRings(int[] start, int[] xy, double originX, double originY) {
        super(start);
        this.xy = xy;
        this.originX = originX;
        this.originY = originY;
    }

    /** The rings on the grid, or null if a coordinate is not on it or the grid cannot be used exactly. */
    static GridCellRings ifOnGrid(int[] start, double[] xy) {
        double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < xy.length; i++) {
            if (!Double.isNaN(xy[i])) {
                min[i & 1] = Math.min(min[i & 1], xy[i]);
                max[i & 1] = Math.max(max[i & 1], xy[i]);
            }
        }
        for (int axis = 0; axis < 2; axis++) {
            // positive and within a factor of two: subtracting the origin from any point in between is exact
            if (!(min[axis] > 0 && max[axis] <= 2 * min[axis])) {
                return null;
            }
        }
        int[] units = new int[xy.length];
        for (int i = 0; i < xy.length; i++) {
            if (Double.isNaN(xy[i])) {
                units[i] = SEPARATOR;
                continue;
            }
            double offset = (xy[i] - min[i & 1]) * UNITS_PER_DEGREE;
            if (offset != Math.rint(offset) || offset >= Integer.MAX_VALUE) {
                return null;
            }
            units[i] = (int) offset;
        }
        return new GridCellRings(start, units, min[0], min[1]);
    }

    @Override
    double x(int vertex) {
        int units = xy[2 * vertex];
        return units == SEPARATOR ? Double.NaN : originX + units * DEGREES_PER_UNIT;
    }

    @Override
    double y(int vertex) {
        int units = xy[2 * vertex + 1];
        return units == SEPARATOR ? Double.NaN : originY + units * DEGREES_PER_UNIT;
    }

    @Override
    long readAhead(int cell) {
        return xy[2 * start(cell)] ^ xy[2 * end(cell) - 1];
    }

    @Override
    boolean covers(int cell, double px, double py) {
        int[] xy = this.xy;
        double qx = (px - originX) * UNITS_PER_DEGREE;
        double qy = (py - originY) * UNITS_PER_DEGREE;
        int last = 2 * (end(cell) - 1);
        boolean inside = false;
        boolean undecided = false;
        for (int i = 2 * start(cell); i < last; i += 2) {
            int ay = xy[i + 1];
            int by = xy[i + 3];
            boolean bAbove = by > qy;
            if ((ay > qy) == bAbove) {
                // no crossing; but the point may be the end vertex or on a horizontal edge at its height
                undecided |= by == qy;
                continue;
            }
            int ax = xy[i];
            int bx = xy[i + 2];
            double left = (double) (bx - ax) * (qy - ay);
            double right = (qx - ax) * (double) (by - ay);
            double det = left - right;
            // the point is left of the edge taken upwards: the crossing lies to the right of the point
            inside ^= (det > 0) == bAbove;
            undecided |= !(Math.abs(det) > ORIENTATION_ERROR_BOUND * (Math.abs(left) + Math.abs(right)))
                    | ax == SEPARATOR | bx == SEPARATOR;
        }
        return undecided ? coversExactly(cell, px, py) : inside;
    }
}
