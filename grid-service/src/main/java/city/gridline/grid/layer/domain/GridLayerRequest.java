package city.gridline.grid.layer.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * Everything needed to generate a district's grid layer.
 *
 * @param outline     the district outline (Polygon or MultiPolygon, lon/lat in the layer's CRS)
 * @param streets     the district's streets; every community's street must be among them
 * @param communities the district's communities
 * @param population  residents to spread over the cells (for example a census figure)
 */
public record GridLayerRequest(District district, Geometry outline, List<Street> streets,
                               List<Community> communities, int population, GridSettings settings) {

    public GridLayerRequest {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(settings, "settings");
        streets = List.copyOf(streets);
        communities = List.copyOf(communities);
        if (!(outline instanceof Polygonal) || outline.isEmpty() || !outline.isValid()) {
            throw new IllegalArgumentException("outline must be a valid, non-empty Polygon or MultiPolygon");
        }
        if (population <= 0) {
            throw new IllegalArgumentException("population must be positive: " + population);
        }
        if (communities.isEmpty()) {
            throw new IllegalArgumentException("a district needs at least one community");
        }
        Set<String> streetCodes = streets.stream().map(Street::code).collect(Collectors.toSet());
        if (streetCodes.size() != streets.size()) {
            throw new IllegalArgumentException("street codes are not unique");
        }
        if (communities.stream().map(Community::code).distinct().count() != communities.size()) {
            throw new IllegalArgumentException("community codes are not unique");
        }
        for (Community community : communities) {
            if (!streetCodes.contains(community.streetCode())) {
                throw new IllegalArgumentException("community " + community.code() + " names unknown street "
                        + community.streetCode());
            }
        }
    }
}
