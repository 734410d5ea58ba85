package city.gridline.grid.layer.domain;

import org.locationtech.jts.geom.Geometry;

/**
 * A cell as an import file describes it, not yet checked. Team fields may be absent: the community's resident
 * team is then assumed.
 */
public record CellDraft(String code, String communityCode, Geometry geometry, Integer residents, Integer households,
                        String teamId, String teamName) {
}
