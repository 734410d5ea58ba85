package city.gridline.grid.layer.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the cell containing a point (lon/lat in the layer's CRS, GCJ-02 for the bundled data).
 * The index is built completely in the constructor; after that it is only read, so concurrent
 * look-ups are safe. A point on an edge or corner shared by several cells resolves to the one with
 * the smallest code.
 */
public final class CellIndex {

    private record Entry(Cell cell, PreparedGeometry geometry) {
    }

    private final GeometryFactory factory = new GeometryFactory();
    private final STRtree tree = new STRtree();
    private final int size;

    public CellIndex(List<Cell> cells) {
        for (Cell cell : cells) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(cell.geometry());
            // builds the prepared geometry's lazy point locator now rather than during a look-up
            prepared.covers(cell.representativePoint());
            tree.insert(cell.geometry().getEnvelopeInternal(), new Entry(cell, prepared));
        }
        tree.build();
        size = cells.size();
    }

    public Optional<Cell> locate(double lon, double lat) {
        Point point = factory.createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(new Envelope(lon, lon, lat, lat));
        return candidates.stream()
                .filter(entry -> entry.geometry().covers(point))
                .map(Entry::cell)
                .min(Comparator.comparing(Cell::code));
    }

    public int size() {
        return size;
    }
}
