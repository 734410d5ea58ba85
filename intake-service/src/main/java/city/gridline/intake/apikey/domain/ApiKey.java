package city.gridline.intake.apikey.domain;

import city.gridline.servicekit.security.GridlineRole;

import java.time.Instant;
import java.util.Objects;

/**
 * A client system's key, as stored: never the key itself, only its SHA-256 ({@code hash}); {@code id} is the
 * first 12 hex digits of that hash, for listing and revoking. A revoked key authenticates nobody.
 *
 * @param perSecond its own rate limit, or {@code null} for the default of the paths it calls
 */
public record ApiKey(String id, String hash, String client, GridlineRole role, Double perSecond, Integer burst,
                     Instant createdAt, String createdBy, Instant revokedAt, String revokedBy) {

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(role, "role");
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
