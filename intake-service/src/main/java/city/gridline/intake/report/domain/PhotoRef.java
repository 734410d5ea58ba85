package city.gridline.intake.report.domain;

/**
 * A photo by reference: where it is stored, the SHA-256 of its bytes (so a later change shows), its size as the
 * sender declared it and its media type. Intake never fetches the bytes. All but {@code uri} may be null when the
 * channel does not tell them (an Open311 {@code media_url}).
 */
public record PhotoRef(String uri, String sha256, Long sizeBytes, String contentType) {
}
