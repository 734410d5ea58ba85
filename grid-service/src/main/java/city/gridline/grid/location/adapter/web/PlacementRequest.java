package city.gridline.grid.location.adapter.web;

import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Where a person places an unlocatable report. The coordinate system is required: a device's GPS point (WGS-84)
 * taken for GCJ-02 would land some hundreds of metres off.
 */
public record PlacementRequest(
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotBlank @Pattern(regexp = "WGS84|GCJ02", message = "must be WGS84 or GCJ02") String crs) {

    GeoPoint point() {
        return new GeoPoint(lon, lat, Crs.valueOf(crs));
    }
}
