package city.gridline.grid.layer.adapter.mongo;

import city.gridline.grid.layer.domain.SpecialZone;
import city.gridline.grid.layer.domain.SpecialZones;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One import of special zones in grid's {@code special_zones} collection: the whole set in one document, so that
 * it is stored completely or not at all. Areas are WKT, as cells are ({@link CellDocument}).
 */
@Document(ZoneSetDocument.COLLECTION)
record ZoneSetDocument(@Id String id, Instant storedAt, List<Zone> zones) {

    static final String COLLECTION = "special_zones";

    record Zone(String code, String name, String areaWkt, String teamId, String teamName) {
    }

    static ZoneSetDocument of(String id, Instant storedAt, SpecialZones zones) {
        WKTWriter wkt = new WKTWriter();
        return new ZoneSetDocument(id, storedAt, zones.zones().stream()
                .map(zone -> new Zone(zone.code(), zone.name(), wkt.write(zone.area()), zone.teamId(), zone.teamName()))
                .toList());
    }

    SpecialZones toZones(GeometryFactory geometries) {
        WKTReader wkt = new WKTReader(geometries);
        return new SpecialZones(zones.stream().map(zone -> {
            try {
                return new SpecialZone(zone.code(), zone.name(), wkt.read(zone.areaWkt()), zone.teamId(),
                        zone.teamName());
            } catch (ParseException e) {
                throw new IllegalStateException("stored zone " + zone.code() + " of set " + id
                        + " has unreadable geometry", e);
            }
        }).toList());
    }
}
