package city.gridline.grid.layer.domain;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A unit grid cell (单元网格) with its place in the administrative hierarchy, its resident population
 * and the community's resident team (the team stationed in these cells).
 *
 * @param code                community code + zero-padded sequence within the community
 * @param geometry            a valid Polygon (lon/lat in the layer's CRS)
 * @param representativePoint a point guaranteed inside the cell, for labels and look-ups
 */
public record Cell(String code, Community community, Street street, District district, Geometry geometry,
                   int residents, int households, String teamId, String teamName, Point representativePoint) {

    public Cell {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(teamName, "teamName");
        Objects.requireNonNull(representativePoint, "representativePoint");
    }

    /**
     * The code of the community-level (level-1) grid this cell belongs to: the community code followed by a
     * zero sequence of the layer's length ("a community-level grid ends in 00"). The community's resident team
     * is stationed in this level-1 grid and answers for all of its unit cells.
     */
    public String level1GridCode() {
        return community.code() + "0".repeat(code.length() - community.code().length());
    }
}
