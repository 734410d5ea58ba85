package city.gridline.intake.report.application;

import city.gridline.contracts.GeoPoint;
import city.gridline.intake.report.domain.AcceptedReport;
import city.gridline.intake.report.domain.DuplicateRule;
import city.gridline.intake.report.domain.ReportProgress;
import city.gridline.intake.report.domain.ReportQuery;
import city.gridline.intake.report.domain.ReportView;
import city.gridline.servicekit.retention.ErasableContacts;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;

/**
 * Intake's own record of the reports it accepted. As {@link ErasableContacts}: a report ends with its final status
 * (its last status change), and its sealed number goes with those of the repeats merged into it.
 */
public interface ReportStore extends ErasableContacts {

    /**
     * Stores the report unless one with the same channel and source ticket number is stored already, and gives
     * back whichever is stored: the new one, or the earlier one.
     */
    Mono<AcceptedReport> insertOrFindByTicket(AcceptedReport report);

    Mono<Void> markPublished(String reportId);

    /** Reports recorded before the instant whose event the broker has not confirmed yet, oldest first. */
    Flux<AcceptedReport> unpublishedBefore(Instant before, int limit);

    Mono<ReportView> find(String reportId);

    Mono<AcceptedReport> findAccepted(String reportId);

    /**
     * Reports of the category received since the instant that lie within {@code metres} of the point — all of them,
     * and maybe some a little further — and stand for their own case and are still open, or are not decided yet; of
     * each report only its id, channel, ticket, category, location and receipt time are filled in.
     */
    Flux<DuplicateRule.Nearby> reportsNear(String categoryCode, GeoPoint point, double metres, Instant since);

    /**
     * Records what an undecided report was decided to be — its own, a repeat, or following an earlier report — unless
     * it was decided already; gives the report as stored then, by this decision or the earlier one.
     */
    Mono<AcceptedReport> decide(AcceptedReport decided);

    /** Makes an undecided report follow another report's case; false when it was decided already. */
    Mono<Boolean> follow(String undecidedReportId, String reportId);

    /**
     * Records the case a report that follows {@code followed} repeats ({@code settled}'s {@code duplicateOf}), unless
     * that was recorded already; gives the report as stored then.
     */
    Mono<AcceptedReport> settle(AcceptedReport settled, String followed);


    /** Makes a duplicate stand for its own case again, to be published; empty when it is no duplicate (any more). */
    Mono<AcceptedReport> unlink(String reportId);

    /** The reports merged into this one. */
    Flux<String> duplicatesOf(String reportId);

    /** The reports merged into this one that intake received after {@code instant}. */
    Flux<String> duplicatesReceivedAfter(String reportId, Instant instant);

    /**
     * The channel's reports the query asks for, newest first. Repeats come whatever the query's statuses, as they
     * are stored (see {@link ReportTracking#search}).
     */
    Flux<ReportView> search(ReportQuery query);

    /**
     * Records what a later event said, unless it is a step of the case older than the one recorded; false for a report
     * intake does not know.
     */
    Mono<Boolean> apply(ReportProgress progress);
}
