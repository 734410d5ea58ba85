package city.gridline.intake.open311.application;

import city.gridline.contracts.Channel;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.intake.open311.domain.ServiceRequestForm;
import city.gridline.intake.report.application.BrokerUnavailableException;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.application.ReportTracking;
import city.gridline.intake.report.application.TicketConflictException;
import city.gridline.intake.report.domain.PhotoRef;
import city.gridline.intake.report.domain.ReportQuery;
import city.gridline.intake.report.domain.ReportSubmission;
import city.gridline.intake.report.domain.ReportView;
import city.gridline.intake.report.domain.SourceDetails;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.util.List;

/**
 * Open311 service requests are reports of channel {@code open311} whose source ticket is the
 * {@code service_request_id} Gridline hands out when it accepts them: every service is realtime, so a client gets
 * its id at once and never needs the token flow.
 */
public class ServiceRequests {

    /** How many ids in a row may have been taken through the general endpoint before a request is refused. */
    private static final int IDS_TAKEN_AT_MOST = 10;

    private final ReportIntake intake;
    private final ReportTracking tracking;
    private final ServiceRequestIds ids;

    public ServiceRequests(ReportIntake intake, ReportTracking tracking, ServiceRequestIds ids) {
        this.intake = intake;
        this.tracking = tracking;
        this.ids = ids;
    }

    /**
     * Files the request under the next {@code service_request_id}; gives its id, also when the report is recorded but
     * the broker did not take it: the relay publishes it later. A client has no ticket of its own to send again, so a
     * refusal here would have it file the same problem again under a new id.
     */
    public Mono<String> create(ServiceRequestForm.Valid request, String traceId) {
        GeoPoint point = request.lat() == null ? null : new GeoPoint(request.lon(), request.lat(), Crs.WGS84);
        List<PhotoRef> media = request.mediaUrl() == null ? List.of()
                : List.of(new PhotoRef(request.mediaUrl(), null, null, null));
        return ids.next().flatMap(id -> intake.submit(new ReportSubmission(Channel.OPEN311, id,
                        request.service().categoryCode(), request.description(), point, request.addressString(),
                        request.name(), request.phone(), null,
                        new SourceDetails(request.service().code(), null, null, null, null, media,
                                request.attributes())), traceId)
                .thenReturn(id)
                .onErrorResume(BrokerUnavailableException.class, recordedNotPublished -> Mono.just(id)))
                // an id filed through the general report endpoint already: the next one is this request's
                .retryWhen(Retry.max(IDS_TAKEN_AT_MOST).filter(TicketConflictException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> new ServiceRequestIdsTakenException(
                                IDS_TAKEN_AT_MOST + 1)));
    }

    public Flux<ReportView> search(ReportQuery query) {
        return tracking.search(query);
    }

    public Mono<ReportView> find(String serviceRequestId) {
        return tracking.search(new ReportQuery(Channel.OPEN311, List.of(serviceRequestId), null, null, null, null, 1))
                .next();
    }

    /**
     * Gridline's report id serves as the token: whoever learned of a report from Gridline (a hotline operator, the
     * intake API) can find its {@code service_request_id}. Empty for a report of another channel.
     */
    public Mono<String> serviceRequestIdOfToken(String token) {
        return tracking.status(token)
                .onErrorResume(city.gridline.intake.report.application.ReportNotFoundException.class,
                        missing -> Mono.empty())
                .filter(view -> view.channel() == Channel.OPEN311)
                .map(ReportView::sourceTicketId);
    }
}
