package city.gridline.grid.layer.domain;

import java.util.Arrays;

/**
 * Builds a {@link BucketTable} in three passes over the cells' packed rings.
 *
 * <ol>
 *   <li>Boundary: every edge reaches at most the buckets of its bounding box, as the raster's mapping is monotone;
 *       each cell is recorded once per bucket its edges may reach. This over-approximates (a long diagonal edge
 *       marks its whole box), which only costs candidates, never correctness.</li>
 *   <li>Cover: a bucket in a cell's envelope that none of the cell's edges reaches lies entirely inside or
 *       entirely outside the cell, so one exact test at a point of the bucket decides for all of it.</li>
 *   <li>Words and lists, as described in {@link BucketTable}.</li>
 * </ol>
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
        int[] touchStart = new int[buckets + 1];
        int[] lastCell = new int[buckets];
        Arrays.fill(lastCell, BucketTable.NONE);
        forEachReachedBucket((cell, bucket) -> {
            if (lastCell[bucket] != cell) {
                lastCell[bucket] = cell;
                touchStart[bucket + 1]++;
            }
        });
        for (int bucket = 0; bucket < buckets; bucket++) {
            touchStart[bucket + 1] += touchStart[bucket];
        }
        int[] touchCells = new int[touchStart[buckets]];
        int[] fill = Arrays.copyOf(touchStart, buckets);
        Arrays.fill(lastCell, BucketTable.NONE);
        forEachReachedBucket((cell, bucket) -> {
            if (lastCell[bucket] != cell) {
                lastCell[bucket] = cell;
                touchCells[fill[bucket]++] = cell;
            }
        });
        int[] coveringCell = coveringCells(touchStart, touchCells);
        return compose(touchStart, touchCells, coveringCell);
    }

    private interface BucketVisitor {
        void visit(int cell, int bucket);
    }

    /** Every (cell, bucket) where an edge of the cell may reach the bucket, cells in order, repeats possible. */
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
                        visitor.visit(cell, raster.bucket(column, row));
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

    private BucketTable compose(int[] touchStart, int[] touchCells, int[] coveringCell) {
        int buckets = raster.bucketCount();
        int[] words = new int[buckets];
        IntList lists = new IntList();
        for (int bucket = 0; bucket < buckets; bucket++) {
            int fallback = coveringCell[bucket];
            int end = touchStart[bucket];
            while (end < touchStart[bucket + 1] && (fallback == BucketTable.NONE || touchCells[end] < fallback)) {
                end++;
            }
            int count = end - touchStart[bucket];
            if (count == 0) {
                words[bucket] = fallback;
                continue;
            }
            words[bucket] = -2 - lists.size();
            lists.add(count);
            for (int k = touchStart[bucket]; k < end; k++) {
                lists.add(touchCells[k]);
            }
            lists.add(fallback);
        }
        return new BucketTable(raster, rings, words, lists.toArray());
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
