package city.gridline.grid.layer.domain;

/**
 * Answers "which cell covers this point" from one {@code long} per bucket of a {@link BucketRaster}: for most
 * points one array read, for points near a boundary one or two exact tests more.
 *
 * <p>A bucket's word holds up to two candidate cells to test, in cell order (cells are ordered by code), and the
 * answer for a point none of them covers: a cell, or none. Each is a field of {@value #FIELD_BITS} bits holding
 * cell index + 1 (0: absent). A bucket that needs more tests, or cells beyond the fields' range, has a negative
 * word whose low 31 bits point into {@code lists}: {@code count, candidate…, answer}. One read thus brings
 * everything but the candidates' vertices, which keeps a look-up to few cache lines on a layer far larger than
 * the caches. How the words are made: {@link BucketTableBuilder}.
 */
final class BucketTable {

    static final int NONE = -1;
    static final int FIELD_BITS = 21;
    /** The largest cell index a field holds. */
    static final int MAX_INLINE_CELL = (1 << FIELD_BITS) - 2;

    private static final long FIELD_MASK = (1L << FIELD_BITS) - 1;

    private final BucketRaster raster;
    private final CellRings rings;
    private final long[] words;
    private final int[] lists;

    BucketTable(BucketRaster raster, CellRings rings, long[] words, int[] lists) {
        this.raster = raster;
        this.rings = rings;
        this.words = words;
        this.lists = lists;
    }

    /** A word testing {@code first} and {@code second} (NONE if absent), then answering {@code answer}. */
    static long word(int first, int second, int answer) {
        return (first + 1) | (long) (second + 1) << FIELD_BITS | (long) (answer + 1) << 2 * FIELD_BITS;
    }

    /** A word pointing to a list. */
    static long listWord(int offset) {
        return Long.MIN_VALUE | offset;
    }

    /** The index of the first cell in cell order that covers the point, or {@link #NONE}. */
    int locate(double x, double y) {
        if (!raster.contains(x, y)) {
            return NONE;
        }
        long word = words[raster.bucket(raster.column(x), raster.row(y))];
        if (word < 0) {
            return locateInList((int) word, x, y);
        }
        int first = (int) (word & FIELD_MASK) - 1;
        if (first != NONE) {
            if (rings.covers(first, x, y)) {
                return first;
            }
            int second = (int) (word >>> FIELD_BITS & FIELD_MASK) - 1;
            if (second != NONE && rings.covers(second, x, y)) {
                return second;
            }
        }
        return (int) (word >>> 2 * FIELD_BITS) - 1;
    }

    private int locateInList(int at, double x, double y) {
        int count = lists[at];
        for (int k = at + 1; k <= at + count; k++) {
            int cell = lists[k];
            if (rings.covers(cell, x, y)) {
                return cell;
            }
        }
        return lists[at + count + 1];
    }
}
