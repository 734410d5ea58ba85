package city.gridline.intake.hotline12345.adapter.web;

import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.intake.hotline12345.domain.WorkOrder;
import city.gridline.intake.report.domain.TextNormalizer;
import city.gridline.servicekit.validation.StorableInstant;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** The body of {@code POST /api/v1/channels/12345/tickets}: a 12345 work order as the hotline hands it over. */
public record WorkOrderRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:/-]+",
                message = "may hold only letters, digits and . _ : / -") String ticketNumber,
        @NotBlank @Size(max = 200) String categoryPath,
        @Size(max = 2000) String content,
        @Size(max = 500) String address,
        @Valid Location location,
        @Valid Caller caller,
        @StorableInstant Instant deadline,
        @Min(1) @Max(8760) Integer limitHours) {

    public record Location(
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotBlank @Pattern(regexp = "WGS84|GCJ02", message = "must be WGS84 or GCJ02") String crs) {
    }

    /** The caller as 12345 passes them on: usually masked already ({@code 张*}, {@code 138****5678}). */
    public record Caller(@Size(max = 50) String name,
                         @Size(max = 32) @Pattern(regexp = "[0-9*+ ()-]*",
                                 message = "may hold only digits, '*', spaces and + ( ) -") String phone) {
    }

    @JsonIgnore
    @AssertTrue(message = "a work order needs a location or an address")
    public boolean isLocatable() {
        return location != null || !TextNormalizer.isBlank(address);
    }

    @JsonIgnore
    @AssertTrue(message = "give the time limit as a deadline or in hours, not both")
    public boolean isOneTimeLimit() {
        return deadline == null || limitHours == null;
    }

    WorkOrder toWorkOrder() {
        GeoPoint point = location == null ? null
                : new GeoPoint(location.lon(), location.lat(), Crs.valueOf(location.crs()));
        return new WorkOrder(ticketNumber.strip(), categoryPath, content, address, point,
                caller == null ? null : caller.name(), caller == null ? null : caller.phone(), deadline, limitHours,
                null);
    }
}
