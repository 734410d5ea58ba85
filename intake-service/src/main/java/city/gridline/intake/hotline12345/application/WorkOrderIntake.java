package city.gridline.intake.hotline12345.application;

import city.gridline.contracts.Channel;
import city.gridline.intake.category.domain.SourceCategoryMapping;
import city.gridline.intake.hotline12345.domain.UnclassifiedTicket;
import city.gridline.intake.hotline12345.domain.WorkOrder;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.application.TicketConflictException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;

/**
 * Takes 12345 work orders: one whose category path maps is filed as a report at once; one that does not map waits
 * in the unclassified list until a person gives it a category code, then is filed. The ticket number is the
 * idempotency key throughout: handing the same work order over again returns what the first hand-over gave.
 */
public class WorkOrderIntake {

    private final ReportIntake intake;
    private final UnclassifiedTickets unclassified;
    private final SourceCategoryMapping categories;
    private final Clock clock;

    public WorkOrderIntake(ReportIntake intake, UnclassifiedTickets unclassified, SourceCategoryMapping categories,
                           Clock clock) {
        this.intake = intake;
        this.unclassified = unclassified;
        this.categories = categories;
        this.clock = clock;
    }

    public Mono<HandOff> handOff(WorkOrder received, String traceId) {
        WorkOrder order = received.normalized();
        return unclassified.find(order.ticketNumber())
                .flatMap(waiting -> answerForKnown(waiting, order))
                .switchIfEmpty(Mono.defer(() -> categories.codeFor(order.categoryPath())
                        .map(code -> file(order, code, traceId))
                        .orElseGet(() -> park(order, traceId))));
    }

    public Mono<ReportIntake.Submitted> classify(String ticketNumber, String categoryCode, String traceId) {
        return unclassified.find(ticketNumber)
                .switchIfEmpty(Mono.error(() -> new UnclassifiedTicketNotFoundException(ticketNumber)))
                .flatMap(waiting -> intake.submit(waiting.workOrder().toSubmission(categoryCode), traceId)
                        .flatMap(submitted -> unclassified.markFiled(ticketNumber, categoryCode,
                                submitted.reportId()).thenReturn(submitted)));
    }

    public Flux<UnclassifiedTicket> waiting(int limit) {
        return unclassified.waiting(limit);
    }

    private Mono<HandOff> file(WorkOrder order, String code, String traceId) {
        return intake.submit(order.toSubmission(code), traceId)
                .map(submitted -> HandOff.filed(order.ticketNumber(), submitted.reportId(), code, submitted.replay()));
    }

    private Mono<HandOff> park(WorkOrder order, String traceId) {
        UnclassifiedTicket candidate = new UnclassifiedTicket(order, clock.instant(), traceId, null, null);
        return unclassified.insertOrFind(candidate).flatMap(stored -> stored.equals(candidate)
                ? Mono.just(HandOff.unclassified(order.ticketNumber(), false))
                : answerForKnown(stored, order));
    }

    private Mono<HandOff> answerForKnown(UnclassifiedTicket known, WorkOrder order) {
        if (!known.workOrder().equals(order)) {
            return Mono.error(new TicketConflictException(Channel.HOTLINE_12345, order.ticketNumber()));
        }
        return Mono.just(known.filed()
                ? HandOff.filed(order.ticketNumber(), known.reportId(), known.categoryCode(), true)
                : HandOff.unclassified(order.ticketNumber(), true));
    }

    /**
     * What became of a work order: filed as a report under a category, or waiting for classification (no report,
     * no category); {@code replay} when the ticket had been handed over before.
     */
    public record HandOff(String ticketNumber, String reportId, String categoryCode, boolean replay) {

        static HandOff filed(String ticketNumber, String reportId, String categoryCode, boolean replay) {
            return new HandOff(ticketNumber, reportId, categoryCode, replay);
        }

        static HandOff unclassified(String ticketNumber, boolean replay) {
            return new HandOff(ticketNumber, null, null, replay);
        }

        public boolean classified() {
            return reportId != null;
        }
    }
}
