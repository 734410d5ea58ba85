package city.gridline.grid.layer.domain;

/**
 * A uniform grid of buckets over an envelope, and which bucket a point falls in.
 *
 * <p>The mapping is {@code (int) ((x - minX) * scale)}, clamped to the last column. Every step of it is monotone
 * in x (a floating-point subtraction, a multiplication by a positive constant, truncation, a minimum), so the
 * points of a segment can only fall in the columns between those of its two end points. The index builder relies
 * on that to decide, without any rounding doubt, which buckets a cell's boundary can reach: look-up and build
 * use this one mapping. Within its bucket, a point's position (its column and row position less the column and
 * row) lies in the unit square, the coordinates of {@link BucketChord}.
 */
final class BucketRaster {

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double columnScale;
    private final double rowScale;
    private final int columns;
    private final int rows;

    private BucketRaster(double minX, double minY, double maxX, double maxY, int columns, int rows) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.columns = columns;
        this.rows = rows;
        this.columnScale = columns / (maxX - minX);
        this.rowScale = rows / (maxY - minY);
    }

    /** About {@code buckets} buckets of equal shape (in degrees), over an envelope of positive width and height. */
    static BucketRaster over(double minX, double minY, double maxX, double maxY, long buckets) {
        double width = maxX - minX;
        double height = maxY - minY;
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("The cells' envelope has no area: " + width + " x " + height);
        }
        double side = Math.sqrt(width * height / Math.max(1, buckets));
        int columns = (int) Math.max(1, Math.min(1 << 15, Math.round(width / side)));
        int rows = (int) Math.max(1, Math.min(1 << 15, Math.round(height / side)));
        return new BucketRaster(minX, minY, maxX, maxY, columns, rows);
    }

    int columns() {
        return columns;
    }

    int bucketCount() {
        return columns * rows;
    }

    /** Whether the point lies in the raster's envelope (false for NaN). */
    boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    /** The column of an x inside the envelope. */
    int column(double x) {
        return columnAt(columnPosition(x));
    }

    /** The row of a y inside the envelope. */
    int row(double y) {
        return rowAt(rowPosition(y));
    }

    /** An x in column widths from the envelope's west side: its column, plus where in the column it lies. */
    double columnPosition(double x) {
        return (x - minX) * columnScale;
    }

    double rowPosition(double y) {
        return (y - minY) * rowScale;
    }

    int columnAt(double columnPosition) {
        return Math.min((int) columnPosition, columns - 1);
    }

    int rowAt(double rowPosition) {
        return Math.min((int) rowPosition, rows - 1);
    }

    /** The column of any x, clamped to the raster. */
    int clampedColumn(double x) {
        return x <= minX ? 0 : column(Math.min(x, maxX));
    }

    /** The row of any y, clamped to the raster. */
    int clampedRow(double y) {
        return y <= minY ? 0 : row(Math.min(y, maxY));
    }

    int bucket(int column, int row) {
        return row * columns + column;
    }

    /** An x that falls in the given column, near its middle. */
    double xIn(int column) {
        double x = minX + (column + 0.5) / columnScale;
        if (column(x) != column) {
            throw new IllegalStateException("Column " + column + " is too narrow to hold a point");
        }
        return x;
    }

    /** A y that falls in the given row, near its middle. */
    double yIn(int row) {
        double y = minY + (row + 0.5) / rowScale;
        if (row(y) != row) {
            throw new IllegalStateException("Row " + row + " is too narrow to hold a point");
        }
        return y;
    }
}
