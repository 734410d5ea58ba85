package city.gridline.intake.report.domain;

import city.gridline.contracts.event.ReportReceived;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a new report repeats another (重复上报): the same minor category, within {@code distanceMetres} of it and
 * {@code window} of it — before or after, as of two reports filed at the same moment either may be decided first.
 * Reports without a position, or positioned in another coordinate system, are never matched — a guess would merge
 * two problems into one case.
 */
public record DuplicateRule(double distanceMetres, Duration window) {

    /** Earlier filed first; of two filed at the same instant, the one with the lower id. */
    private static final Comparator<ReportReceived> FILING_ORDER =
            Comparator.comparing(ReportReceived::receivedAt).thenComparing(ReportReceived::reportId);

    /** A match: the report repeated, and how far apart the two are. */
    public record Match(ReportReceived primary, double metres, Duration apart) {

        public static Match between(ReportReceived primary, ReportReceived report) {
            return new Match(primary, primary.location().metresTo(report.location()),
                    Duration.between(primary.receivedAt(), report.receivedAt()).abs());
        }

        public String reason() {
            return String.format("repeats report %s (same category %s, %.0f m and %d min apart)",
                    primary.reportId(), primary.categoryCode(), metres, apart.toMinutes());
        }
    }

    /** A report recorded near another: one that stands for its own case and is open, or one not decided yet. */
    public record Nearby(ReportReceived report, boolean undecided) {
    }

    /**
     * What a report recorded undecided is, from the reports recorded near it when it looked: a repeat of the nearest
     * open report that stands for its own case; else a follower of the nearest earlier report not decided yet; else a
     * report of its own, which the later reports not decided yet are to follow.
     */
    public RepeatDecision decide(ReportReceived report, Collection<Nearby> nearby) {
        List<Nearby> matching = nearby.stream().filter(other -> matches(other.report(), report)).toList();
        Optional<Match> open = matching.stream().filter(other -> !other.undecided())
                .map(other -> Match.between(other.report(), report))
                .min(Comparator.comparingDouble(Match::metres));
        if (open.isPresent()) {
            return new RepeatDecision.RepeatOf(open.get());
        }
        Optional<Match> earlier = matching.stream().map(Nearby::report)
                .filter(other -> FILING_ORDER.compare(other, report) < 0)
                .map(other -> Match.between(other, report))
                .min(Comparator.comparingDouble(Match::metres));
        if (earlier.isPresent()) {
            return new RepeatDecision.Follows(earlier.get().primary().reportId());
        }
        return new RepeatDecision.Own(matching.stream().map(other -> other.report().reportId()).toList());
    }

    private boolean matches(ReportReceived other, ReportReceived report) {
        return report.location() != null && other.location() != null
                && !other.reportId().equals(report.reportId())
                && other.categoryCode().equals(report.categoryCode())
                && other.location().crs() == report.location().crs()
                && Duration.between(other.receivedAt(), report.receivedAt()).abs().compareTo(window) <= 0
                && other.location().metresTo(report.location()) <= distanceMetres;
    }
}
