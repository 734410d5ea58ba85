package city.gridline.intake.open311.adapter.web;

import city.gridline.intake.open311.application.ServiceRequestIdsTakenException;
import city.gridline.intake.open311.domain.Open311Error;
import city.gridline.intake.report.adapter.web.IntakeMetrics;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** Refusals of the Open311 endpoint as GeoReport error lists, in the format the path asked for. */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Open311Problems {

    private final JsonMapper json;
    private final IntakeMetrics metrics;

    public Open311Problems(JsonMapper json, IntakeMetrics metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    @ExceptionHandler
    ResponseEntity<String> refused(Open311Exception ex, ServerWebExchange exchange) {
        if (ex.status() == HttpStatus.BAD_REQUEST) {
            metrics.refused(IntakeMetrics.Reason.VALIDATION);
        }
        return format(exchange).errors(ex.status(), ex.errors(), json);
    }

    @ExceptionHandler
    ResponseEntity<String> badInput(ServerWebInputException ex, ServerWebExchange exchange) {
        metrics.refused(IntakeMetrics.Reason.MALFORMED);
        return format(exchange).errors(HttpStatus.BAD_REQUEST,
                List.of(new Open311Error(400, "the request could not be read: " + ex.getReason())), json);
    }

    @ExceptionHandler
    ResponseEntity<String> idsTaken(ServiceRequestIdsTakenException ex, ServerWebExchange exchange) {
        return format(exchange).errors(HttpStatus.SERVICE_UNAVAILABLE,
                List.of(new Open311Error(503, ex.getMessage())), json);
    }

    private static GeoReportFormat format(ServerWebExchange exchange) {
        return GeoReportFormat.ofPath(exchange.getRequest().getPath().value());
    }
}
