package city.gridline.grid.layer.domain;

import org.locationtech.jts.geom.Geometry;

/** A special zone as an import file describes it, not yet checked: any field may be missing. */
public record ZoneDraft(String code, String name, Geometry area, String teamId, String teamName) {
}
