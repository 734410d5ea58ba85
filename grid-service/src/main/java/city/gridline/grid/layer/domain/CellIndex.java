package city.gridline.grid.layer.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;

/**
 * Finds the cell covering a point (lon/lat in the layer's CRS, GCJ-02 for the bundled data). A point on an edge
 * or corner shared by several cells resolves to the one with the smallest code. The index is built completely in
 * the constructor and only read afterwards, so concurrent look-ups are safe without synchronisation.
 *
 * <p>Why not a JTS STRtree over prepared polygons: every look-up descends a tree of objects, collects
 * candidates into a new list and tests each through a prepared polygon's interval tree. That costs allocation,
 * pointer chasing and, per cell, a few kilobytes of objects; at half a million cells it is about a gigabyte of
 * heap and its speed falls with the tree's depth.
 *
 * <p>Instead, the layer's envelope is cut into a uniform raster of about {@value #BUCKETS_PER_CELL} buckets per
 * cell (cells of a layer have about the same size, so a uniform raster fits them), and the answer is
 * precomputed per bucket in one {@code int[]} ({@link BucketTable}). A bucket no cell boundary reaches is answered
 * by that one array read, whatever the layer's size, so look-up time does not grow with the number of cells. Only
 * buckets crossed by boundaries keep a short list of candidate cells, tested exactly on their vertices packed in
 * one {@code double[]} ({@link CellRings}); cells are numbered in code order, so the first candidate that covers
 * the point is the answer the tie rule asks for. Primitive arrays hold the whole index: a few dozen bytes per
 * cell beyond its vertices, no objects per cell, and nothing allocated by a look-up except the returned
 * {@link Optional}.
 *
 * <p>The answers are exactly those of {@code Geometry.covers} (see {@link CellRings}); which buckets a boundary
 * reaches is decided by the raster's monotone mapping ({@link BucketRaster}), never by a rounded intersection.
 */
public final class CellIndex {

    /**
     * Finer buckets answer more look-ups directly but cost memory: with about 3 x 3 buckets per cell, most buckets
     * are still crossed by a boundary; with 8 x 8 the words alone take 256 bytes per cell.
     */
    static final int BUCKETS_PER_CELL = 16;

    private final Cell[] cells;
    private final BucketTable table;

    public CellIndex(List<Cell> cells) {
        this.cells = cells.toArray(Cell[]::new);
        Arrays.sort(this.cells, Comparator.comparing(Cell::code));
        this.table = this.cells.length == 0 ? null : buildTable(this.cells);
    }

    private static BucketTable buildTable(Cell[] cells) {
        Envelope envelope = new Envelope();
        for (Cell cell : cells) {
            envelope.expandToInclude(cell.geometry().getEnvelopeInternal());
        }
        CellRings rings = CellRings.of(Arrays.stream(cells).map(Cell::geometry).toList());
        BucketRaster raster = BucketRaster.over(envelope.getMinX(), envelope.getMinY(),
                envelope.getMaxX(), envelope.getMaxY(), (long) cells.length * BUCKETS_PER_CELL);
        return BucketTableBuilder.build(rings, raster);
    }

    public Optional<Cell> locate(double lon, double lat) {
        if (table == null) {
            return Optional.empty();
        }
        int cell = table.locate(lon, lat);
        return cell == BucketTable.NONE ? Optional.empty() : Optional.of(cells[cell]);
    }

    public int size() {
        return cells.length;
    }
}
