package city.gridline.grid.layer.adapter.reference;

import java.util.Objects;

/**
 * A district's reference data on the classpath — its code, its population and where its outline, district,
 * street and community lists are — from which a grid layer is generated. Nothing in it is specific to one city.
 *
 * @param districtCode 6-digit statistical code of the district; also the outline's feature id
 * @param population   residents to spread over the cells, e.g. the latest census figure
 * @param districts    CSV with columns {@code code,name}
 * @param streets      CSV with columns {@code code,name}
 * @param communities  CSV with columns {@code code,name,streetCode}
 * @param outline      GeoJSON FeatureCollection holding the district's feature
 * @param specialZones GeoJSON FeatureCollection of the district's special zones (特殊地区); none when absent
 */
public record ReferenceDataset(String districtCode, int population, String districts, String streets,
                               String communities, String outline, String specialZones) {

    public ReferenceDataset {
        Objects.requireNonNull(districtCode, "districtCode");
        Objects.requireNonNull(districts, "districts");
        Objects.requireNonNull(streets, "streets");
        Objects.requireNonNull(communities, "communities");
        Objects.requireNonNull(outline, "outline");
    }
}
