package city.gridline.intake.open311.domain;

import city.gridline.intake.report.domain.CitizenStatusText;
import city.gridline.intake.report.domain.ExpectedCompletion;
import city.gridline.intake.report.domain.ReportStatus;
import city.gridline.intake.report.domain.ReportView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report's Gridline status in GeoReport's terms: {@code open} or {@code closed} only, with the richer state —
 * status, case number, the case it was merged into or the department it was transferred to, team, reason, whether
 * the expected time is approximate and the status in Chinese as citizens read it — in {@code status_notes}.
 * {@code closed} means nothing more will happen in Gridline: closed, cancelled, transferred, merged or unlocatable.
 */
public final class RequestState {

    private RequestState() {
    }

    public static String status(ReportStatus status) {
        return status.isFinal() ? "closed" : "open";
    }

    public static String notes(ReportView view, Optional<ExpectedCompletion> expected) {
        List<String> parts = new ArrayList<>();
        parts.add(view.status().name());
        if (view.caseNumber() != null) {
            parts.add("case " + view.caseNumber());
        }
        if (view.mergedInto() != null) {
            parts.add("merged into case " + view.mergedInto());
        }
        if (view.department() != null) {
            parts.add("transferred to " + view.department());
        }
        if (view.team() != null) {
            parts.add("team " + view.team().name());
        }
        if (view.reason() != null) {
            parts.add(view.reason());
        }
        if (expected.filter(completion -> !completion.exact()).isPresent()) {
            parts.add("expected_datetime approximate: working days counted Monday to Friday, holidays not included");
        }
        parts.add(CitizenStatusText.of(view));
        return String.join("; ", parts);
    }

    /** The Gridline statuses behind GeoReport's {@code open} and {@code closed}. */
    public static Set<ReportStatus> statusesOf(String open311Status) {
        boolean closed = open311Status.equals("closed");
        return Arrays.stream(ReportStatus.values()).filter(status -> status.isFinal() == closed)
                .collect(Collectors.toSet());
    }
}
