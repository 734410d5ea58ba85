package city.gridline.grid.layer.adapter.mongo;

import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.Community;
import city.gridline.grid.layer.domain.District;
import city.gridline.grid.layer.domain.Street;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One cell of one layer version in grid's {@code grid_cells} collection. The polygon is stored as WKT: spatial
 * queries run in Gridline's own in-memory index, not in the database (the embedded MongoDB server has no geo
 * indexes), so the stored form only has to be exact and readable.
 */
@Document(CellDocument.COLLECTION)
record CellDocument(@Id String id, String layerVersion, String saveId, String code, String communityCode,
                    String communityName,
                    String streetCode, String streetName, String districtCode, String districtName,
                    String geometryWkt, int residents, int households, String teamId, String teamName,
                    double pointLon, double pointLat) {

    static final String COLLECTION = "grid_cells";

    /** A cell of the save {@code saveId} of a version: two saves of one version never write the same document. */
    static CellDocument of(String layerVersion, String saveId, Cell cell) {
        return new CellDocument(layerVersion + ":" + saveId + ":" + cell.code(), layerVersion, saveId, cell.code(),
                cell.community().code(), cell.community().name(), cell.street().code(), cell.street().name(),
                cell.district().code(), cell.district().name(), new WKTWriter().write(cell.geometry()),
                cell.residents(), cell.households(), cell.teamId(), cell.teamName(),
                cell.representativePoint().getX(), cell.representativePoint().getY());
    }

    Cell toCell(GeometryFactory geometries) {
        try {
            return new Cell(code, new Community(communityCode, communityName, streetCode),
                    new Street(streetCode, streetName), new District(districtCode, districtName),
                    new WKTReader(geometries).read(geometryWkt), residents, households, teamId, teamName,
                    geometries.createPoint(new Coordinate(pointLon, pointLat)));
        } catch (ParseException e) {
            throw new IllegalStateException("stored cell " + id + " has unreadable geometry", e);
        }
    }
}
