package city.gridline.intake.report.domain;

import city.gridline.contracts.Channel;
import city.gridline.contracts.GeoPoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * A report as a channel hands it in, already validated. The raw reporter contact stays inside intake; events
 * carry it masked. {@code normalizations} says what {@link #normalized()} has done to the text so far;
 * {@code source} is what the channel adds to the canonical report (null for the plain intake API).
 */
public record ReportSubmission(Channel channel, String sourceTicketId, String categoryCode, String description,
                               GeoPoint location, String address, String reporterName, String reporterPhone,
                               Set<Normalization> normalizations, SourceDetails source) {

    public ReportSubmission {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sourceTicketId, "sourceTicketId");
        Objects.requireNonNull(categoryCode, "categoryCode");
        if (location == null && TextNormalizer.isBlank(address)) {
            throw new IllegalArgumentException("a report needs a location or an address");
        }
        normalizations = normalizations == null || normalizations.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(normalizations));
    }

    public ReportSubmission(Channel channel, String sourceTicketId, String categoryCode, String description,
                            GeoPoint location, String address, String reporterName, String reporterPhone) {
        this(channel, sourceTicketId, categoryCode, description, location, address, reporterName, reporterPhone,
                Set.of(), null);
    }

    /**
     * The submission with its description and address as intake keeps them (see {@link TextNormalizer}). Normalizing
     * a normalized submission changes nothing and keeps the record of what was done the first time.
     */
    public ReportSubmission normalized() {
        NormalizedText normalizedDescription = TextNormalizer.normalize(description);
        NormalizedText normalizedAddress = TextNormalizer.normalize(address);
        Set<Normalization> applied = EnumSet.noneOf(Normalization.class);
        applied.addAll(normalizations);
        applied.addAll(normalizedDescription.applied());
        applied.addAll(normalizedAddress.applied());
        return new ReportSubmission(channel, sourceTicketId, categoryCode, normalizedDescription.text(), location,
                normalizedAddress.text(), reporterName, reporterPhone, applied, source);
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
        if (source != null) {
            canonical = canonical + "\u001f" + source.canonical();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
