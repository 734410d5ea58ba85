package city.gridline.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import city.gridline.grid.layer.domain.Cell;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The baseline: a plain JTS STRtree over prepared polygons, as the grid service's CellIndex was before the
 * bucket raster (same tie rule: the smallest code among the cells that cover the point).
 */
final class StrTreeLocator implements PointLocator {

    private record Entry(Cell cell, PreparedGeometry geometry) {
    }

    private final GeometryFactory factory = new GeometryFactory();
    private final STRtree tree = new STRtree();

    StrTreeLocator(List<Cell> cells) {
        for (Cell cell : cells) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(cell.geometry());
            // builds the prepared geometry's lazy point locator now rather than during a look-up
            prepared.covers(cell.representativePoint());
            tree.insert(cell.geometry().getEnvelopeInternal(), new Entry(cell, prepared));
        }
        tree.build();
    }

    @Override
    public Optional<Cell> locate(double lon, double lat) {
        Point point = factory.createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(new Envelope(lon, lon, lat, lat));
        return candidates.stream()
                .filter(entry -> entry.geometry().covers(point))
                .map(Entry::cell)
                .min(Comparator.comparing(Cell::code));
    }
}
