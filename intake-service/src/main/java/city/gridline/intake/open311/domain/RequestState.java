package city.gridline.intake.open311.domain;

import city.gridline.intake.report.domain.ReportStatus;
import city.gridline.intake.report.domain.ReportView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report's Gridline status in GeoReport's terms: {@code open} or {@code closed} only, with the richer state —
 * status, case number, team or the reason it cannot be handled — in {@code status_notes}.
 */
public final class RequestState {

    private RequestState() {
    }

    public static String status(ReportStatus status) {
        return status.isFinal() ? "closed" : "open";
    }

    public static String notes(ReportView view) {
        List<String> parts = new ArrayList<>();
        parts.add(view.status().name());
        if (view.caseNumber() != null) {
            parts.add("case " + view.caseNumber());
        }
        if (view.team() != null) {
            parts.add("team " + view.team().name());
        }
        if (view.reason() != null) {
            parts.add(view.reason());
        }
        return String.join("; ", parts);
    }

    /** The Gridline statuses behind GeoReport's {@code open} and {@code closed}. */
    public static Set<ReportStatus> statusesOf(String open311Status) {
        boolean closed = open311Status.equals("closed");
        return Arrays.stream(ReportStatus.values()).filter(status -> status.isFinal() == closed)
                .collect(Collectors.toSet());
    }
}
