package city.gridline.intake.report.domain;

import city.gridline.contracts.event.ReportReceived;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * When a new report repeats an open one (重复上报): the same minor category, within {@code distanceMetres} of it and
 * {@code window} after it. The nearest such report wins; reports without a position, or positioned in another
 * coordinate system, are never matched — a guess would merge two problems into one case.
 */
public record DuplicateRule(double distanceMetres, Duration window) {

    /** A match: the report repeated, and how far apart the two are. */
    public record Match(ReportReceived primary, double metres, Duration apart) {

        public String reason() {
            return String.format("repeats report %s (same category %s, %.0f m and %d min apart)",
                    primary.reportId(), primary.categoryCode(), metres, apart.toMinutes());
        }
    }

    public Optional<Match> primaryFor(ReportReceived report, Collection<ReportReceived> openReports) {
        if (report.location() == null) {
            return Optional.empty();
        }
        return openReports.stream()
                .filter(open -> !open.reportId().equals(report.reportId()))
                .filter(open -> open.categoryCode().equals(report.categoryCode()))
                .filter(open -> open.location() != null && open.location().crs() == report.location().crs())
                .filter(open -> !open.receivedAt().isAfter(report.receivedAt())
                        && Duration.between(open.receivedAt(), report.receivedAt()).compareTo(window) <= 0)
                .map(open -> new Match(open, open.location().metresTo(report.location()),
                        Duration.between(open.receivedAt(), report.receivedAt())))
                .filter(match -> match.metres() <= distanceMetres)
                .min(Comparator.comparingDouble(Match::metres));
    }
}
