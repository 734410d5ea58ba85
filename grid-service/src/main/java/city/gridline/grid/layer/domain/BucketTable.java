package city.gridline.grid.layer.domain;

/**
 * Answers "which cell covers this point" from one array read for most points: one int per bucket of a
 * {@link BucketRaster}, with candidate lists only where cell boundaries pass.
 *
 * <p>A bucket's word is the index of the cell that covers the whole bucket and is the answer for every point
 * in it ({@code >= 0}), {@link #NONE} when no cell reaches the bucket, or, where boundaries pass through the
 * bucket, {@code -2 - offset} of a list in {@code lists}: {@code count, candidate…, fallback}. Candidates are cells
 * whose boundary reaches the bucket, in cell order (cells are ordered by code), so the first one that covers the
 * point is the one with the smallest code; the fallback is the smallest cell covering the whole bucket, or
 * {@link #NONE}, and holds for every point no candidate covers. Candidates after the fallback are never listed:
 * the fallback already wins over them.
 */
final class BucketTable {

    static final int NONE = -1;

    private final BucketRaster raster;
    private final CellRings rings;
    private final int[] words;
    private final int[] lists;

    BucketTable(BucketRaster raster, CellRings rings, int[] words, int[] lists) {
        this.raster = raster;
        this.rings = rings;
        this.words = words;
        this.lists = lists;
    }

    /** The index of the first cell in cell order that covers the point, or {@link #NONE}. */
    int locate(double x, double y) {
        if (!raster.contains(x, y)) {
            return NONE;
        }
        int word = words[raster.bucket(raster.column(x), raster.row(y))];
        if (word >= NONE) {
            return word;
        }
        int at = -2 - word;
        int count = lists[at];
        for (int k = at + 1; k <= at + count; k++) {
            int cell = lists[k];
            if (rings.covers(cell, x, y)) {
                return cell;
            }
        }
        return lists[at + count + 1];
    }

    int bucketCount() {
        return words.length;
    }

    /** Buckets answered by their word alone (covered by one cell, or by none). */
    int directBucketCount() {
        int direct = 0;
        for (int word : words) {
            if (word >= NONE) {
                direct++;
            }
        }
        return direct;
    }
}
