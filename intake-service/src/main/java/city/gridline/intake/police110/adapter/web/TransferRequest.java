package city.gridline.intake.police110.adapter.web;

import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.intake.category.adapter.KnownCategoryCode;
import city.gridline.intake.report.domain.TextNormalizer;
import city.gridline.servicekit.validation.StorableInstant;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The body of {@code POST /api/v1/channels/110/transfers}: a non-police matter 110 hands over (一键转接), under its
 * incident number. The category comes as a Gridline code or as 110's own text.
 */
public record TransferRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:/-]+",
                message = "may hold only letters, digits and . _ : / -") String incidentNumber,
        @NotNull @StorableInstant Instant transferredAt,
        @Pattern(regexp = "[0-9]{4,6}", message = "must be a category code of 4 to 6 digits")
        @KnownCategoryCode String categoryCode,
        @Size(max = 100) String categoryText,
        @Size(max = 2000) String content,
        @Size(max = 500) String address,
        @Valid Location location) {

    public record Location(
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotBlank @Pattern(regexp = "WGS84|GCJ02", message = "must be WGS84 or GCJ02") String crs) {

        GeoPoint toPoint() {
            return new GeoPoint(lon, lat, Crs.valueOf(crs));
        }
    }

    @JsonIgnore
    @AssertTrue(message = "a transfer needs a location or an address")
    public boolean isLocatable() {
        return location != null || !TextNormalizer.isBlank(address);
    }

    @JsonIgnore
    @AssertTrue(message = "a transfer needs a categoryCode or a categoryText")
    public boolean isCategorized() {
        return categoryCode != null || (categoryText != null && !categoryText.isBlank());
    }
}
