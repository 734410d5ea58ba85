package city.gridline.grid.layer.domain;

/**
 * A straight boundary across a bucket, told apart from the bucket's two sides without reading any vertex: the
 * boundary's line is stood for by a chord between two of {@value #POSITIONS} evenly spaced points on the bucket's
 * perimeter, in bucket coordinates (the unit square, see {@link BucketRaster}), which fits in the bucket's word.
 * A point farther than {@link #UNCERTAIN} from the chord's line lies on the same side of the true line; a point
 * nearer is left to the exact test.
 *
 * <p>That is not left to the rounding: {@link #fit} accepts a chord only after checking it against the true line
 * (whose position in the bucket is computed in doubles, some 1e-11 of a bucket off at most) on the square widened
 * by a rounding margin: where the true line crosses the square lies within the uncertain strip, and every corner
 * of the square outside the strip lies on the same side of both lines. The true line then crosses no part of the
 * square outside the strip, and each such part holds a corner (where the distance to the chord's line is
 * greatest), so each part lies wholly on its corner's side of both lines.
 */
final class BucketChord {

    static final int POSITION_BITS = 11;
    static final int POSITIONS = 1 << POSITION_BITS;
    /** A chord packed in {@code 2 * POSITION_BITS} bits: from-position, then to-position. */
    static final int BITS = 2 * POSITION_BITS;
    static final int NONE = -1;

    private static final int PER_SIDE = POSITIONS / 4;
    private static final int POSITION_MASK = POSITIONS - 1;
    /** Rounding to a position moves a point by half a step at most; the rest is room for the doubles' rounding. */
    static final double UNCERTAIN = 0.5 / PER_SIDE + 1e-5;
    /** Far more than the doubles' rounding of positions in a raster of up to 2^15 buckets a side (about 1e-11). */
    private static final double CHECK_MARGIN = 2e-6;
    private static final double WIDENING = 1e-6;
    /** A chord much shorter than the square is sensitive to rounding; such a line is left to the exact test. */
    private static final double SHORTEST_CHORD = 1.0 / 16;

    private static final double[] X = new double[POSITIONS];
    private static final double[] Y = new double[POSITIONS];

    static {
        // counter-clockwise from the corner (0, 0)
        for (int position = 0; position < POSITIONS; position++) {
            double along = (double) (position % PER_SIDE) / PER_SIDE;
            switch (position / PER_SIDE) {
                case 0 -> point(position, along, 0);
                case 1 -> point(position, 1, along);
                case 2 -> point(position, 1 - along, 1);
                default -> point(position, 0, 1 - along);
            }
        }
    }

    private BucketChord() {
    }

    private static void point(int position, double x, double y) {
        X[position] = x;
        Y[position] = y;
    }

    /** 1 if (u, v) lies left of the chord taken from start to end, -1 if right, 0 if within {@link #UNCERTAIN}. */
    static int side(int chord, double u, double v) {
        int from = chord >>> POSITION_BITS;
        int to = chord & POSITION_MASK;
        double fromX = X[from];
        double fromY = Y[from];
        double dx = X[to] - fromX;
        double dy = Y[to] - fromY;
        double cross = dx * (v - fromY) - dy * (u - fromX);
        if (cross * cross <= UNCERTAIN * UNCERTAIN * (dx * dx + dy * dy)) {
            return 0;
        }
        return cross > 0 ? 1 : -1;
    }

    /**
     * The chord standing for the line through a and b (bucket coordinates) in the direction a to b, or
     * {@link #NONE} when the line does not cross the square far enough from a corner or no chord passes the check.
     */
    static int fit(double ax, double ay, double bx, double by) {
        double[] inSquare = crossing(ax, ay, bx, by, 0);
        double[] inWidened = crossing(ax, ay, bx, by, WIDENING);
        if (inSquare == null || inWidened == null) {
            return NONE;
        }
        double px = ax + inSquare[0] * (bx - ax);
        double py = ay + inSquare[0] * (by - ay);
        double qx = ax + inSquare[1] * (bx - ax);
        double qy = ay + inSquare[1] * (by - ay);
        if (Math.hypot(qx - px, qy - py) < SHORTEST_CHORD) {
            return NONE;
        }
        int chord = position(px, py) << POSITION_BITS | position(qx, qy);
        return fitsLine(chord, ax, ay, bx, by, inWidened) ? chord : NONE;
    }

    /** Whether the line through a and b keeps clear of the square, with a margin for the doubles' rounding. */
    static boolean misses(double ax, double ay, double bx, double by) {
        return crossing(ax, ay, bx, by, WIDENING) == null;
    }

    /**
     * The check described in the class comment, on the square widened by {@link #WIDENING}: a point's position in
     * its bucket is computed in doubles, so the point itself may lie a rounding beyond the unit square.
     */
    private static boolean fitsLine(int chord, double ax, double ay, double bx, double by, double[] crossing) {
        double dx = bx - ax;
        double dy = by - ay;
        double decided = UNCERTAIN - CHECK_MARGIN;
        for (double t : crossing) {
            if (Math.abs(signedDistance(chord, ax + t * dx, ay + t * dy)) > decided) {
                return false;
            }
        }
        double length = Math.hypot(dx, dy);
        for (int corner = 0; corner < 4; corner++) {
            double cx = corner == 1 || corner == 2 ? 1 + WIDENING : -WIDENING;
            double cy = corner >= 2 ? 1 + WIDENING : -WIDENING;
            double chordSide = signedDistance(chord, cx, cy);
            if (Math.abs(chordSide) > decided) {
                double trueSide = (dx * (cy - ay) - dy * (cx - ax)) / length;
                if (Math.abs(trueSide) <= CHECK_MARGIN || (trueSide > 0) != (chordSide > 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double signedDistance(int chord, double u, double v) {
        int from = chord >>> POSITION_BITS;
        int to = chord & POSITION_MASK;
        double dx = X[to] - X[from];
        double dy = Y[to] - Y[from];
        return (dx * (v - Y[from]) - dy * (u - X[from])) / Math.hypot(dx, dy);
    }

    /**
     * Where the line a + t (b - a) enters and leaves the square widened by {@code margin} on every side, as
     * {t in, t out} (Liang and Barsky's clipping, on the whole line), or null if it does not cross it.
     */
    private static double[] crossing(double ax, double ay, double bx, double by, double margin) {
        double[] range = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        double dx = bx - ax;
        double dy = by - ay;
        boolean crosses = clip(-dx, ax + margin, range) && clip(dx, 1 + margin - ax, range)
                && clip(-dy, ay + margin, range) && clip(dy, 1 + margin - ay, range);
        return crosses && range[0] < range[1] ? range : null;
    }

    /** Narrows the range to the t where {@code p t <= q}; false if none is left. */
    private static boolean clip(double p, double q, double[] range) {
        if (p == 0) {
            return q >= 0;
        }
        double t = q / p;
        if (p < 0) {
            range[0] = Math.max(range[0], t);
        } else {
            range[1] = Math.min(range[1], t);
        }
        return range[0] <= range[1];
    }

    /** The perimeter position nearest to a point on (or next to) the square's perimeter. */
    static int position(double u, double v) {
        double x = Math.min(1, Math.max(0, u));
        double y = Math.min(1, Math.max(0, v));
        double toBottom = y;
        double toRight = 1 - x;
        double toTop = 1 - y;
        double toLeft = x;
        double nearest = Math.min(Math.min(toBottom, toRight), Math.min(toTop, toLeft));
        long steps;
        if (nearest == toBottom) {
            steps = Math.round(x * PER_SIDE);
        } else if (nearest == toRight) {
            steps = PER_SIDE + Math.round(y * PER_SIDE);
        } else if (nearest == toTop) {
            steps = 2L * PER_SIDE + Math.round((1 - x) * PER_SIDE);
        } else {
            steps = 3L * PER_SIDE + Math.round((1 - y) * PER_SIDE);
        }
        return (int) (steps & POSITION_MASK);
    }
}
