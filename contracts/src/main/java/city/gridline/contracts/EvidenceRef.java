package city.gridline.contracts;

import java.util.Objects;

/**
 * A piece of evidence (a photo, a recording) by reference: where the stored bytes are found, what they are, how
 * large, and their SHA-256, so that anyone can prove later the file was not changed.
 */
public record EvidenceRef(String id, Kind kind, String contentType, long size, String sha256) {

    public enum Kind {
        /** Before handling, as found on site. */
        BEFORE,
        /** After handling, showing the result. */
        AFTER,
        /** Anything else: notices served, documents. */
        OTHER
    }

    public EvidenceRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
