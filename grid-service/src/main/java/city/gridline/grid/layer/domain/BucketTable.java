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
    /**
     * Points whose words {@link #locateAll} reads together: on 500,000 cells 32 did better than 16 or 64
     * (measured; see docs/cell-index-measurements.md), and about as many reads as the processor keeps under way.
     */
    static final int GROUP = 32;

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
        int bucket = bucket(x, y);
        return bucket < 0 ? NONE : answer(words[bucket], x, y);
    }

    /**
     * {@link #locate} for the points {@code from} (inclusive) to {@code to} (exclusive), the answer for point
     * {@code i} in {@code out[i - from]}. On a table far larger than the caches, a look-up waits mostly for its
     * random read of a word, and near a boundary for the candidates' vertices; one look-up after the other, these
     * reads cannot overlap, since each look-up's branches depend on them. So the points go in groups of
     * {@value #GROUP} (group prefetching, as in hash joins): first every point's word is read, in a loop whose
     * reads depend on nothing but the point, so the processor has many of them under way at once; then, for the
     * words that name candidates, the candidates' vertices are read the same way; then each point is answered as
     * {@link #locate} answers it, from data now in the cache.
     */
    void locateAll(double[] xs, double[] ys, int from, int to, int[] out) {
        // the last slot keeps what the read-ahead read, so that those reads cannot be optimised away
        long[] group = new long[GROUP + 1];
        for (int first = from; first < to; first += GROUP) {
            int count = Math.min(to - first, GROUP);
            for (int k = 0; k < count; k++) {
                int bucket = bucket(xs[first + k], ys[first + k]);
                // the empty word answers NONE, as outside the raster
                group[k] = bucket < 0 ? 0 : words[bucket];
            }
            group[GROUP] = readCandidatesAhead(group, count);
            for (int k = 0; k < count; k++) {
                out[first + k - from] = answer(group[k], xs[first + k], ys[first + k]);
            }
        }
    }

    /**
     * Reads the vertices of the candidates the first {@code count} words name (for a list, of its first one);
     * a chord word's cells are tested only right beside the edge, so not read ahead.
     */
    private long readCandidatesAhead(long[] group, int count) {
        long read = 0;
        for (int k = 0; k < count; k++) {
            long word = group[k];
            if (word < 0) {
                int at = (int) word;
                if (lists[at] > 0) {
                    read ^= rings.readAhead(lists[at + 1]);
                }
            } else if ((word & CHORD_FLAG) == 0) {
                int candidate = (int) (word & FIELD_MASK) - 1;
                if (candidate != NONE) {
                    read ^= rings.readAhead(candidate);
                    int second = (int) (word >>> FIELD_BITS & FIELD_MASK) - 1;
                    if (second != NONE) {
                        read ^= rings.readAhead(second);
                    }
                }
            }
        }
        return read;
    }

    /** The bucket holding the point, or -1 outside the raster (and for NaN). */
    private int bucket(double x, double y) {
        if (!raster.contains(x, y)) {
            return -1;
        }
        return raster.bucket(raster.column(x), raster.row(y));
    }

    /** The answer for a point in the bucket whose word this is. */
    private int answer(long word, double x, double y) {
        if (word < 0) {
            return locateInList((int) word, x, y);
        }
        if ((word & CHORD_FLAG) != 0) {
            return locateByChord(word, x, y);
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

    private int locateByChord(long word, double x, double y) {
        int left = (int) (word & FIELD_MASK) - 1;
        int right = (int) (word >>> FIELD_BITS & FIELD_MASK) - 1;
        // the point's position in its bucket
        double columnPosition = raster.columnPosition(x);
        double rowPosition = raster.rowPosition(y);
        double u = columnPosition - raster.columnAt(columnPosition);
        double v = rowPosition - raster.rowAt(rowPosition);
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
