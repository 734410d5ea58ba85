package city.gridline.grid.layer.domain;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * A special area (特殊地区) with its own enforcement team, such as Chaoyang's CBD, 朝阳园, 798 art district and
 * Workers' Stadium: the team works there alongside the resident teams of the cells the area covers.
 *
 * @param code     stable identifier, e.g. {@code ZONE-CBD}
 * @param name     display name
 * @param area     a valid, non-empty Polygon or MultiPolygon (lon/lat in the layer's CRS)
 * @param teamId   the special-area team, e.g. {@code ZT-CBD}
 * @param teamName e.g. {@code CBD特殊地区执法队}
 */
public record SpecialZone(String code, String name, Geometry area, String teamId, String teamName) {

    public SpecialZone {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(teamName, "teamName");
        if (!(area instanceof Polygonal) || area.isEmpty() || !area.isValid()) {
            throw new IllegalArgumentException("area of zone " + code
                    + " must be a valid, non-empty Polygon or MultiPolygon");
        }
    }
}
