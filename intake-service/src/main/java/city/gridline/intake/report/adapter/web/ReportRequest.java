package city.gridline.intake.report.adapter.web;

import city.gridline.contracts.Channel;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.intake.category.adapter.KnownCategoryCode;
import city.gridline.intake.report.domain.ReportSubmission;
import city.gridline.intake.report.domain.TextNormalizer;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/reports}: a report as a hotline operator or a channel adapter files it. Every
 * channel is taken (the public contract); the Open311 endpoint skips a {@code service_request_id} taken here.
 */
public record ReportRequest(
        @NotBlank @Pattern(regexp = "12319|12345|110|field|open311",
                message = "must be one of 12319, 12345, 110, field, open311") String channel,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:/-]+",
                message = "may hold only letters, digits and . _ : / -") String sourceTicketId,
        @NotBlank @Pattern(regexp = "[0-9]{4,6}", message = "must be a category code of 4 to 6 digits")
        @KnownCategoryCode String categoryCode,
        @Size(max = 2000) String description,
        @Valid Location location,
        @Size(max = 500) String address,
        @Valid Reporter reporter) {

    public record Location(
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotBlank @Pattern(regexp = "WGS84|GCJ02", message = "must be WGS84 or GCJ02") String crs) {
    }

    public record Reporter(@Size(max = 50) String name,
                           @Size(max = 32) @Pattern(regexp = "[0-9+ ()-]*",
                                   message = "may hold only digits, spaces and + ( ) -") String phone) {
    }

    @JsonIgnore
    @AssertTrue(message = "a report needs a location or an address")
    public boolean isLocatable() {
        return location != null || !TextNormalizer.isBlank(address);
    }

    ReportSubmission toSubmission() {
        GeoPoint point = location == null ? null
                : new GeoPoint(location.lon(), location.lat(), Crs.valueOf(location.crs()));
        return new ReportSubmission(Channel.fromCode(channel).orElseThrow(), sourceTicketId.strip(), categoryCode,
                description, point, address, reporter == null ? null : reporter.name(),
                reporter == null ? null : reporter.phone());
    }
}
