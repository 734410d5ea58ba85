package city.gridline.intake.report.domain;

import city.gridline.contracts.Channel;
import city.gridline.contracts.GeoPoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A report as a channel hands it in, already validated. The raw reporter contact stays inside intake; events
 * carry it masked.
 */
public record ReportSubmission(Channel channel, String sourceTicketId, String categoryCode, String description,
                               GeoPoint location, String address, String reporterName, String reporterPhone) {

    public ReportSubmission {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sourceTicketId, "sourceTicketId");
        Objects.requireNonNull(categoryCode, "categoryCode");
        if (location == null && (address == null || address.isBlank())) {
            throw new IllegalArgumentException("a report needs a location or an address");
        }
    }

    /**
     * A digest of what the report says, to tell a client's retry of the same ticket (same digest) from a different
     * report filed under a ticket number already used (another digest).
     */
    public String fingerprint() {
        String canonical = String.join("\u001f", channel.code(), sourceTicketId, categoryCode,
                Objects.toString(description, ""),
                location == null ? "" : location.lon() + "," + location.lat() + "," + location.crs(),
                Objects.toString(address, ""), Objects.toString(reporterName, ""),
                Objects.toString(reporterPhone, ""));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
