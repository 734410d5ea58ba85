package city.gridline.grid.layer.domain;

/** {@link CellRings} as doubles, for any coordinates; a separator is a NaN vertex. */
final class DoubleCellRings extends CellRings {

    private final double[] xy;

    DoubleCellRings(int[] start, double[] xy) {
        super(start);
        this.xy = xy;
    }

    @Override
    double x(int vertex) {
        return xy[2 * vertex];
    }

    @Override
    double y(int vertex) {
        return xy[2 * vertex + 1];
    }

    @Override
    long readAhead(int cell) {
        return Double.doubleToRawLongBits(xy[2 * start(cell)]) ^ Double.doubleToRawLongBits(xy[2 * end(cell) - 1]);
    }

    @Override
    boolean covers(int cell, double px, double py) {
        double[] xy = this.xy;
        int last = 2 * (end(cell) - 1);
        boolean inside = false;
        boolean undecided = false;
        for (int i = 2 * start(cell); i < last; i += 2) {
            double ay = xy[i + 1];
            double by = xy[i + 3];
            boolean bAbove = by > py;
            // NaN compares false: an edge to or from a separator either counts for nothing or, when the other end
            // lies above, straddles with a NaN determinant, which leaves the answer undecided
            if ((ay > py) == bAbove) {
                // no crossing; but the point may be the end vertex or on a horizontal edge at its height
                undecided |= by == py;
                continue;
            }
            double ax = xy[i];
            double bx = xy[i + 2];
            double left = (bx - ax) * (py - ay);
            double right = (px - ax) * (by - ay);
            double det = left - right;
            // the point is left of the edge taken upwards: the crossing lies to the right of the point
            inside ^= (det > 0) == bAbove;
            undecided |= !(Math.abs(det) > ORIENTATION_ERROR_BOUND * (Math.abs(left) + Math.abs(right)));
        }
        return undecided ? coversExactly(cell, px, py) : inside;
    }
}
