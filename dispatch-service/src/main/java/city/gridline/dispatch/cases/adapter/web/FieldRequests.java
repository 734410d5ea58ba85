package city.gridline.dispatch.cases.adapter.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * The bodies the field app sends. Each carries the app's own id for the operation — a retry after a lost reply
 * sends the same id and acts once — and the device's time of the action.
 */
public final class FieldRequests {

    static final String OPERATION_ID = "[A-Za-z0-9._:-]{8,64}";
    static final String OPERATION_ID_MESSAGE = "must be 8 to 64 letters, digits or . _ : -";

    private FieldRequests() {
    }

    public record Sign(@NotBlank @Pattern(regexp = OPERATION_ID, message = OPERATION_ID_MESSAGE)
                       String clientOperationId, Instant deviceTime) {
    }

    public record CheckIn(@NotBlank @Pattern(regexp = OPERATION_ID, message = OPERATION_ID_MESSAGE)
                          String clientOperationId, Instant deviceTime,
                          @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
                          @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
                          @NotBlank @Pattern(regexp = "WGS84|GCJ02", message = "must be WGS84 or GCJ02") String crs) {
    }

    public record Resolve(@NotBlank @Pattern(regexp = OPERATION_ID, message = OPERATION_ID_MESSAGE)
                          String clientOperationId, Instant deviceTime,
                          @NotBlank @Size(max = 2000) String notes,
                          @NotNull @Size(min = 1, max = 20) List<@NotBlank String> evidenceIds) {
    }

    public record GiveBack(@NotBlank @Pattern(regexp = OPERATION_ID, message = OPERATION_ID_MESSAGE)
                           String clientOperationId, Instant deviceTime,
                           @NotBlank @Size(max = 500) String reason) {
    }

    public record Extension(@NotBlank @Pattern(regexp = OPERATION_ID, message = OPERATION_ID_MESSAGE)
                            String clientOperationId, Instant deviceTime,
                            @NotNull @Min(1) @Max(720) Integer amount,
                            @NotBlank @Pattern(regexp = "HOURS|WORKING_DAYS",
                                    message = "must be HOURS or WORKING_DAYS") String unit,
                            @NotBlank @Size(max = 500) String reason) {
    }

    public record Verify(@NotBlank @Pattern(regexp = OPERATION_ID, message = OPERATION_ID_MESSAGE)
                         String clientOperationId, Instant deviceTime, @NotNull Boolean passed,
                         @NotBlank @Size(max = 2000) String notes,
                         @Size(max = 20) List<@NotBlank String> evidenceIds) {
    }
}
