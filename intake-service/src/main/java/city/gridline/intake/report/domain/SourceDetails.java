package city.gridline.intake.report.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a channel tells about a report beyond the canonical {@code reports.received} event. Intake keeps it with the
 * report and shows it; it is not published. Every part is optional:
 * {@code sourceCategory} is the channel's own classification (a 12345 category path, a 110 category text, an
 * Open311 service code), {@code sourceTime} when the source says it happened (110 transfer time, a supervisor's
 * device time), {@code deadline} or {@code limitHours} the source's own time limit, {@code reporterId} who
 * reported it in the source's terms (a supervisor id), {@code attributes} Open311 attribute values.
 */
public record SourceDetails(String sourceCategory, Instant sourceTime, Instant deadline, Integer limitHours,
                            String reporterId, List<PhotoRef> photos, Map<String, List<String>> attributes) {

    public SourceDetails {
        photos = photos == null ? List.of() : List.copyOf(photos);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The source's deadline: the one it gave, or its limit in hours counted from when intake received the report. */
    public Instant deadlineFrom(Instant receivedAt) {
        if (deadline != null) {
            return deadline;
        }
        return limitHours == null ? null : receivedAt.plusSeconds(limitHours * 3600L);
    }

    /** A stable text of every part, for the report's fingerprint. */
    String canonical() {
        return String.join("\u001e", Objects.toString(sourceCategory, ""), Objects.toString(sourceTime, ""),
                Objects.toString(deadline, ""), Objects.toString(limitHours, ""), Objects.toString(reporterId, ""),
                photos.toString(), new TreeMap<>(attributes).toString());
    }
}
