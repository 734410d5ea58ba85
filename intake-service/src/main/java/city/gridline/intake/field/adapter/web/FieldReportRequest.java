package city.gridline.intake.field.adapter.web;

import city.gridline.contracts.Channel;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.intake.category.adapter.KnownCategoryCode;
import city.gridline.intake.report.domain.PhotoRef;
import city.gridline.intake.report.domain.ReportSubmission;
import city.gridline.intake.report.domain.SourceDetails;
import city.gridline.servicekit.validation.StorableInstant;
import jakarta.validation.Valid;
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
 * The body of {@code POST /api/v1/channels/field/reports}: a problem a supervisor (监督员) found on patrol. The
 * device gives the report its own id, so a resend after a lost connection is the same report.
 */
public record FieldReportRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,32}", message = "must be 1 to 32 letters, digits or . _ -")
        String supervisorId,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,31}", message = "must be 1 to 31 letters, digits or . _ -")
        String clientReportId,
        @NotBlank @Pattern(regexp = "[0-9]{4,6}", message = "must be a category code of 4 to 6 digits")
        @KnownCategoryCode String categoryCode,
        @NotNull @Valid Position position,
        @Size(max = 2000) String description,
        @NotNull @StorableInstant Instant deviceTime,
        @Size(max = 9, message = "at most 9 photos") List<@NotNull @Valid Photo> photos) {

    static final long MAX_PHOTO_BYTES = 10L * 1024 * 1024;

    /** The device's GPS fix; WGS84 unless the app converted it. */
    public record Position(
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @Pattern(regexp = "WGS84|GCJ02", message = "must be WGS84 or GCJ02") String crs) {

        GeoPoint toPoint() {
            return new GeoPoint(lon, lat, crs == null ? Crs.WGS84 : Crs.valueOf(crs));
        }
    }

    /** A photo the app uploaded to evidence storage, by reference. */
    public record Photo(
            @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URI")
            String uri,
            @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be a SHA-256 in 64 hex digits")
            String sha256,
            @NotNull @Min(1) @Max(value = MAX_PHOTO_BYTES, message = "must be at most 10 MB") Long sizeBytes,
            @NotBlank @Pattern(regexp = "image/(jpeg|png|webp)", message = "must be image/jpeg, image/png or image/webp")
            String contentType) {
    }

    /** The source ticket: the supervisor's id and the device's id for the report. */
    String sourceTicketId() {
        return supervisorId + ":" + clientReportId;
    }

    ReportSubmission toSubmission() {
        List<PhotoRef> refs = photos == null ? List.of() : photos.stream()
                .map(photo -> new PhotoRef(photo.uri(), photo.sha256().toLowerCase(java.util.Locale.ROOT),
                        photo.sizeBytes(), photo.contentType()))
                .toList();
        return new ReportSubmission(Channel.FIELD, sourceTicketId(), categoryCode, description, position.toPoint(),
                null, null, null, null, new SourceDetails(null, deviceTime, null, null, supervisorId, refs, null));
    }
}
