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
 * the caches.
 *
 * <p>A bucket crossed by one straight edge and nothing else, the commonest boundary bucket, has a chord word
 * (flag bit {@value #CHORD_BIT}): the cells on the edge's left and right (none where the edge bounds the layer)
 * and a {@link BucketChord} for the edge. A point clear of the chord is answered from the word alone, with no
 * read of the vertices (on a large layer, a second cache miss); only a point within about a thousandth of the
 * bucket's side of the edge is tested exactly. How the words are made: {@link BucketTableBuilder}.
 */
final class BucketTable {

    static final int NONE = -1;
    static final int FIELD_BITS = 20;
    /** The largest cell index a field holds. */
    static final int MAX_INLINE_CELL = (1 << FIELD_BITS) - 2;
    static final int CHORD_BIT = 62;

    private static final long FIELD_MASK = (1L << FIELD_BITS) - 1;
    private static final long CHORD_FLAG = 1L << CHORD_BIT;
    private static final int CHORD_MASK = (1 << BucketChord.BITS) - 1;

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

    /** A word answering {@code left} or {@code right} (NONE if absent) by the side of the edge's chord. */
    static long chordWord(int left, int right, int chord) {
        return (left + 1) | (long) (right + 1) << FIELD_BITS | (long) chord << 2 * FIELD_BITS | CHORD_FLAG;
    }

    static boolean isChordWord(long word) {
        return (word & CHORD_FLAG) != 0 && word > 0;
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
        double columnPosition = raster.columnPosition(x);
        double rowPosition = raster.rowPosition(y);
        int column = raster.columnAt(columnPosition);
        int row = raster.rowAt(rowPosition);
        long word = words[raster.bucket(column, row)];
        if (word < 0) {
            return locateInList((int) word, x, y);
        }
        if ((word & CHORD_FLAG) != 0) {
            return locateByChord(word, x, y, columnPosition - column, rowPosition - row);
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

    /** {@code u, v}: the point's position in its bucket. */
    private int locateByChord(long word, double x, double y, double u, double v) {
        int left = (int) (word & FIELD_MASK) - 1;
        int right = (int) (word >>> FIELD_BITS & FIELD_MASK) - 1;
        int side = BucketChord.side((int) (word >>> 2 * FIELD_BITS) & CHORD_MASK, u, v);
        if (side != 0) {
            return side > 0 ? left : right;
        }
        // on or next to the edge: a point on it is in both cells, and the smaller index wins
        if (right == NONE) {
            return rings.covers(left, x, y) ? left : NONE;
        }
        int first = Math.min(left, right);
        return rings.covers(first, x, y) ? first : Math.max(left, right);
    }

    /** How many buckets have a chord word. */
    int chordBuckets() {
        int count = 0;
        for (long word : words) {
            if (isChordWord(word)) {
                count++;
            }
        }
        return count;
    }

    int bucketCount() {
        return words.length;
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
