package city.gridline.intake.hotline12345.adapter.web;

import city.gridline.intake.category.adapter.KnownCategoryCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /api/v1/channels/12345/unclassified/{ticket}/classify}. */
public record ClassificationRequest(
        @NotBlank @Pattern(regexp = "[0-9]{4,6}", message = "must be a category code of 4 to 6 digits")
        @KnownCategoryCode String categoryCode) {
}
