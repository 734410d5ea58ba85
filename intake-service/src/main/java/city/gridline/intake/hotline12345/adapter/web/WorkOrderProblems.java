package city.gridline.intake.hotline12345.adapter.web;

import city.gridline.intake.hotline12345.application.UnclassifiedTicketNotFoundException;
import city.gridline.servicekit.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import reactor.core.publisher.Mono;

/** The 12345 hand-off's own refusal; everything else is the intake API's problem handling. */
@RestControllerAdvice(assignableTypes = WorkOrderController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WorkOrderProblems {

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> notWaiting(UnclassifiedTicketNotFoundException ex) {
        return Mono.just(ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                "unclassified-ticket-not-found", "Ticket not waiting for classification", ex.getMessage())));
    }
}
