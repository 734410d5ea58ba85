package city.gridline.grid.layer.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;


/**
 * Finds the cell covering a point (lon/lat in the layer's CRS, GCJ-02 for the bundled data). A point on an edge
 * or corner shared by several cells resolves to the one with the smallest code. The index is built completely in
 * the constructor and only read afterwards, so concurrent look-ups are safe without synchronisation.
 *
 * <p>Why not a JTS STRtree over prepared polygons: every look-up descends a tree of objects, collects
 * candidates into a new list and tests each through a prepared polygon's interval tree. That costs allocation,
 * pointer chasing through many cache lines and, per cell, a couple of kilobytes of objects: about a gigabyte of
 * heap at half a million cells, and its speed falls with the tree's depth.
 *
 * <p>Instead, the layer's envelope is cut into a uniform raster of about {@value #BUCKETS_PER_CELL} buckets per
 * cell (the cells of a layer have about the same size, so a uniform raster fits them), and each bucket's answer
 * is precomputed in one {@code long} ({@link BucketTable}). A bucket no cell boundary reaches is answered by that
 * one read, whatever the layer's size. A bucket crossed by boundaries names its candidate cells in the same word,
 * tested exactly on their vertices, packed in one primitive array ({@link CellRings}); the commonest such bucket,
 * two cells and the edge between them, needs a single test. Cells are numbered in code order and tested in that
 * order, so the first one that covers the point is the answer the tie rule asks for. With a layer far larger than
 * the processor's caches, speed is a matter of cache lines touched per look-up, and this keeps them to one for
 * most points and three or four near boundaries. Primitive arrays hold the whole index, about 400 bytes per cell
 * with no object per cell, and a look-up allocates nothing but the returned {@link Optional}.
 *
 * <p>The answers are exactly those of {@code Geometry.covers} (see {@link CellRings}); which buckets a boundary
 * reaches is decided by the raster's monotone mapping ({@link BucketRaster}), never by a rounded intersection.
 */
public final class CellIndex {

    /**
     * More buckets answer more look-ups with one read but cost 8 bytes each: at 32 buckets per cell about 60 % of
     * them are crossed by no boundary, and the words take about twice the bytes of the vertices.
     */
    static final int BUCKETS_PER_CELL = 32;

    private final Cell[] cells;
    private final BucketTable table;

    public CellIndex(List<Cell> cells) {
        this.cells = cells.toArray(Cell[]::new);
        Arrays.sort(this.cells, Comparator.comparing(Cell::code));
        this.table = this.cells.length == 0 ? null : buildTable(this.cells);
    }

    private static BucketTable buildTable(Cell[] cells) {
        CellRings rings = CellRings.of(Arrays.stream(cells).map(Cell::geometry).toList());
        // from the packed vertices: a geometry's envelope would be cached in the cell, for as long as the layer
        double[] envelope = rings.envelope();
        BucketRaster raster = BucketRaster.over(envelope[0], envelope[1], envelope[2], envelope[3],
                (long) cells.length * BUCKETS_PER_CELL);
        return BucketTableBuilder.build(rings, raster);
    }

    public Optional<Cell> locate(double lon, double lat) {
        if (table == null) {
            return Optional.empty();
        }
        int cell = table.locate(lon, lat);
        return cell == BucketTable.NONE ? Optional.empty() : Optional.of(cells[cell]);
    }

    /**
     * {@link #locate} for many points at once: the cell holding point {@code i} ({@code lons[i], lats[i]}, for
     * {@code from <= i < to}) goes to {@code out[i]}, null where {@code locate} answers empty; the answers are
     * always those of {@code locate}. On a layer far larger than the processor's caches, this is the faster way to
     * place a batch of points: each look-up waits mostly for one random read in the index, and here the reads of
     * several points are under way at once (see {@link BucketTable#locateAll}). On a small layer it costs about
     * what single look-ups cost. A public method of the index for whoever holds a batch of points; the service
     * itself receives its reports one at a time.
     */
    public void locateAll(double[] lons, double[] lats, int from, int to, Cell[] out) {
        Objects.checkFromToIndex(from, to, Math.min(Math.min(lons.length, lats.length), out.length));
        if (table == null) {
            Arrays.fill(out, from, to, null);
            return;
        }
        int[] found = new int[to - from];
        table.locateAll(lons, lats, from, to, found);
        for (int i = from; i < to; i++) {
            int cell = found[i - from];
            out[i] = cell == BucketTable.NONE ? null : cells[cell];
        }
    }

    public int size() {
        return cells.length;
    }
}
