package city.gridline.intake.open311.domain;

/** One entry of a GeoReport error list; {@code code} may be more specific than the HTTP status. */
public record Open311Error(int code, String description) {
}
