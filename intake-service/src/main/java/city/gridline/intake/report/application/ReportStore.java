package city.gridline.intake.report.application;

import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.intake.report.domain.AcceptedReport;
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
     * Reports of the category received since the instant that stand for their own case, are still open and lie within
     * {@code metres} of the point — all of them, and maybe some a little further; only their id, channel, ticket,
     * category, location and receipt time are filled in.
     */
    Flux<ReportReceived> openReportsNear(String categoryCode, GeoPoint point, double metres, Instant since);


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
