package city.gridline.grid.layer.domain;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Builds a {@link BucketTable} in passes over the cells' packed rings.
 *
 * <ol>
 *   <li>Boundary: every edge reaches at most the buckets of its bounding box, as the raster's mapping is monotone;
 *       each cell is recorded once per bucket its edges may reach, and a bucket where an edge not shared by two
 *       cells ({@link SharedEdges}) may reach is marked as possibly holding ground outside every cell. This
 *       over-approximates (a long diagonal edge marks its whole box), which only costs candidates, never
 *       correctness.</li>
 *   <li>Cover: a bucket in a cell's envelope that none of the cell's edges reaches lies entirely inside or
 *       entirely outside the cell, so one exact test at a point of the bucket decides for all of it.</li>
 *   <li>Words: the candidates of a bucket are the cells whose edges reach it, in cell order, up to the first cell
 *       covering all of it, which answers for any point no candidate covers. Where only shared edges reach a
 *       bucket and no cell covers all of it, the bucket holds no ground outside the cells (any such ground
 *       would be bounded by an edge with no cell on one side), so a point no other candidate covers lies in the
 *       last one: it answers without a test.</li>
 *   <li>Chords: a bucket no cell covers that one edge reaches and nothing else (the commonest boundary bucket:
 *       two cells and a straight stretch of the edge between them) lies in the cell left of the edge's line or
 *       in the one right of it, as no other boundary enters it. Its word carries the line as a
 *       {@link BucketChord} and both cells, so that a look-up away from the edge reads no vertex at all. Where
 *       the line misses the bucket (the edge's box over-approximated), the bucket lies wholly in one cell or
 *       outside: one exact test at its middle decides, and its word answers without a test.</li>
 * </ol>
 *
 * <p>A look-up at a point in the bucket is answered by the side of the line in the bucket's coordinates
 * ({@link BucketRaster#columnPosition}), the same mapping that put it in the bucket; a chord is taken only where
 * {@link BucketChord#fit} proves it agrees with the line away from the uncertain strip, so answers stay exact.
 */
final class BucketTableBuilder {

    private final CellRings rings;
    private final BucketRaster raster;

    private BucketTableBuilder(CellRings rings, BucketRaster raster) {
        this.rings = rings;
        this.raster = raster;
    }

    static BucketTable build(CellRings rings, BucketRaster raster) {
        return new BucketTableBuilder(rings, raster).build();
    }

    private BucketTable build() {
        int buckets = raster.bucketCount();
        BitSet sharedEdges = SharedEdges.of(rings);
        BitSet outsideMayShow = new BitSet(buckets);
        int[] touchStart = new int[buckets + 1];
        int[] lastCell = new int[buckets];
        Arrays.fill(lastCell, BucketTable.NONE);
        EdgeVisits edges = new EdgeVisits(buckets);
        forEachReachedBucket((cell, edge, bucket) -> {
            if (!sharedEdges.get(edge)) {
                outsideMayShow.set(bucket);
            }
            if (lastCell[bucket] != cell) {
                lastCell[bucket] = cell;
                touchStart[bucket + 1]++;
            }
            edges.visit(bucket, edge);
        });
        for (int bucket = 0; bucket < buckets; bucket++) {
            touchStart[bucket + 1] += touchStart[bucket];
        }
        int[] touchCells = new int[touchStart[buckets]];
        int[] fill = Arrays.copyOf(touchStart, buckets);
        Arrays.fill(lastCell, BucketTable.NONE);
        forEachReachedBucket((cell, edge, bucket) -> {
            if (lastCell[bucket] != cell) {
                lastCell[bucket] = cell;
                touchCells[fill[bucket]++] = cell;
            }
        });
        int[] coveringCell = coveringCells(touchStart, touchCells);
        return compose(touchStart, touchCells, coveringCell, outsideMayShow, edges);
    }

    private interface BucketVisitor {
        void visit(int cell, int edge, int bucket);
    }

    /** Every (cell, edge, bucket) where the edge of the cell may reach the bucket, cells in order. */
    private void forEachReachedBucket(BucketVisitor visitor) {
        for (int cell = 0; cell < rings.cellCount(); cell++) {
            for (int vertex = rings.start(cell); vertex + 1 < rings.end(cell); vertex++) {
                double ax = rings.x(vertex);
                double ay = rings.y(vertex);
                double bx = rings.x(vertex + 1);
                double by = rings.y(vertex + 1);
                if (Double.isNaN(ax) || Double.isNaN(bx)) {
                    continue;
                }
                int lastColumn = raster.clampedColumn(Math.max(ax, bx));
                int lastRow = raster.clampedRow(Math.max(ay, by));
                for (int row = raster.clampedRow(Math.min(ay, by)); row <= lastRow; row++) {
                    for (int column = raster.clampedColumn(Math.min(ax, bx)); column <= lastColumn; column++) {
                        visitor.visit(cell, vertex, raster.bucket(column, row));
                    }
                }
            }
        }
    }

    /** For each bucket, the first cell (in cell order) that covers all of it, or NONE. */
    private int[] coveringCells(int[] touchStart, int[] touchCells) {
        int[] covering = new int[raster.bucketCount()];
        Arrays.fill(covering, BucketTable.NONE);
        for (int cell = 0; cell < rings.cellCount(); cell++) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int vertex = rings.start(cell); vertex < rings.end(cell); vertex++) {
                double x = rings.x(vertex);
                if (!Double.isNaN(x)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, rings.y(vertex));
                    maxY = Math.max(maxY, rings.y(vertex));
                }
            }
            if (minX > maxX) {
                continue;
            }
            int lastColumn = raster.clampedColumn(maxX);
            int lastRow = raster.clampedRow(maxY);
            for (int row = raster.clampedRow(minY); row <= lastRow; row++) {
                for (int column = raster.clampedColumn(minX); column <= lastColumn; column++) {
                    int bucket = raster.bucket(column, row);
                    if (covering[bucket] == BucketTable.NONE
                            && Arrays.binarySearch(touchCells, touchStart[bucket], touchStart[bucket + 1], cell) < 0
                            && rings.covers(cell, raster.xIn(column), raster.yIn(row))) {
                        covering[bucket] = cell;
                    }
                }
            }
        }
        return covering;
    }

    private BucketTable compose(int[] touchStart, int[] touchCells, int[] coveringCell, BitSet outsideMayShow,
                                EdgeVisits edges) {
        int buckets = raster.bucketCount();
        long[] words = new long[buckets];
        IntList lists = new IntList();
        for (int bucket = 0; bucket < buckets; bucket++) {
            int answer = coveringCell[bucket];
            int first = touchStart[bucket];
            int touching = touchStart[bucket + 1] - first;
            if (answer == BucketTable.NONE && edges.onlyOneEdge(bucket, touching)) {
                int left = touchCells[first];
                int right = touching == 2 ? touchCells[first + 1] : BucketTable.NONE;
                long word = wordAcross(bucket, edges.firstEdge(bucket), left, right);
                if (word != 0) {
                    words[bucket] = word;
                    continue;
                }
            }
            int end = first;
            while (end < touchStart[bucket + 1] && (answer == BucketTable.NONE || touchCells[end] < answer)) {
                end++;
            }
            if (end > first && answer == BucketTable.NONE && !outsideMayShow.get(bucket)) {
                answer = touchCells[--end];
            }
            words[bucket] = word(touchCells, first, end, answer, lists);
        }
        return new BucketTable(raster, rings, words, lists.toArray());
    }

    /**
     * The word of a bucket that one edge reaches and nothing else: {@code left} is the cell the edge belongs to (the
     * first in cell order, which visits its edges first), {@code right} the cell sharing it, or none. No other
     * boundary enters the bucket and no cell covers all of it, so the edge's line splits it into ground of the
     * one and ground of the other: a chord word, or, when the line misses the bucket, a word answering without
     * a test what covers the bucket's middle (and so all of it). 0 when neither can be made.
     */
    private long wordAcross(int bucket, int edge, int left, int right) {
        if (left > BucketTable.MAX_INLINE_CELL || right > BucketTable.MAX_INLINE_CELL) {
            return 0;
        }
        int column = bucket % raster.columns();
        int row = bucket / raster.columns();
        double ax = raster.columnPosition(rings.x(edge)) - column;
        double ay = raster.rowPosition(rings.y(edge)) - row;
        double bx = raster.columnPosition(rings.x(edge + 1)) - column;
        double by = raster.rowPosition(rings.y(edge + 1)) - row;
        if (ax == bx && ay == by) {
            return 0;
        }
        if (BucketChord.misses(ax, ay, bx, by)) {
            double x = raster.xIn(column);
            double y = raster.yIn(row);
            int answer = rings.covers(left, x, y) ? left
                    : right != BucketTable.NONE && rings.covers(right, x, y) ? right : BucketTable.NONE;
            return BucketTable.word(BucketTable.NONE, BucketTable.NONE, answer);
        }
        int chord = BucketChord.fit(ax, ay, bx, by);
        return chord == BucketChord.NONE ? 0 : BucketTable.chordWord(left, right, chord);
    }

    /** The word testing {@code candidates[from..to)}, inline if they and the answer fit, else pointing to a list. */
    private static long word(int[] candidates, int from, int to, int answer, IntList lists) {
        int count = to - from;
        boolean fits = count <= 2 && answer <= BucketTable.MAX_INLINE_CELL
                && (count == 0 || candidates[to - 1] <= BucketTable.MAX_INLINE_CELL);
        if (fits) {
            return BucketTable.word(count > 0 ? candidates[from] : BucketTable.NONE,
                    count > 1 ? candidates[from + 1] : BucketTable.NONE, answer);
        }
        long word = BucketTable.listWord(lists.size());
        lists.add(count);
        for (int k = from; k < to; k++) {
            lists.add(candidates[k]);
        }
        lists.add(answer);
        return word;
    }

    /**
     * Which edges reach each bucket, as far as a chord word needs: a bucket reached by a single edge (bounding the
     * layer) or by the two directions of one edge shared by two cells, and by nothing else.
     */
    private final class EdgeVisits {

        private static final byte MORE = 3;

        private final byte[] count;
        private final int[] firstEdge;

        EdgeVisits(int buckets) {
            count = new byte[buckets];
            firstEdge = new int[buckets];
        }

        void visit(int bucket, int edge) {
            switch (count[bucket]) {
                case 0 -> {
                    firstEdge[bucket] = edge;
                    count[bucket] = 1;
                }
                case 1 -> count[bucket] = isReverse(firstEdge[bucket], edge) ? 2 : MORE;
                default -> count[bucket] = MORE;
            }
        }

        /** Whether one edge (its one or two directions, of as many cells as touch the bucket) and nothing else reaches it. */
        boolean onlyOneEdge(int bucket, int touchingCells) {
            return (count[bucket] == 1 || count[bucket] == 2) && count[bucket] == touchingCells;
        }

        int firstEdge(int bucket) {
            return firstEdge[bucket];
        }

        /** Whether edge {@code b} runs along edge {@code a} the other way, as a neighbour's ring does. */
        private boolean isReverse(int a, int b) {
            return rings.x(a) == rings.x(b + 1) && rings.y(a) == rings.y(b + 1)
                    && rings.x(a + 1) == rings.x(b) && rings.y(a + 1) == rings.y(b)
                    && !(rings.x(a) == rings.x(a + 1) && rings.y(a) == rings.y(a + 1));
        }
    }

    /** A growable int array, so that building the lists boxes nothing. */
    private static final class IntList {

        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
