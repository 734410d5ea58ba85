package city.gridline.intake.open311.adapter.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * What the Open311 endpoint is configured with: the api keys preset for its clients (stored hashed at start, see
 * {@code ApiKeyConfiguration}), the zone its dates are written in, and the texts of discovery and service notices.
 */
public record Open311Settings(Set<String> apiKeys, ZoneId zone, String changeset, String contact, String keyService,
                              String serviceNotice) {

    public Open311Settings {
        apiKeys = apiKeys == null ? Set.of() : Set.copyOf(apiKeys.stream().filter(key -> !key.isBlank()).toList());
    }

    public static Open311Settings of(List<String> apiKeys, String zone, String changeset, String contact,
                                     String keyService, String serviceNotice) {
        return new Open311Settings(Set.copyOf(apiKeys), ZoneId.of(zone), changeset, contact, keyService,
                serviceNotice);
    }

    /** W3C date and time with the zone's offset, to the second: {@code 2026-11-23T21:40:00+08:00}. */
    String format(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
