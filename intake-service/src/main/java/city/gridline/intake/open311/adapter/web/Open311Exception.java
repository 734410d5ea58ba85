package city.gridline.intake.open311.adapter.web;

import city.gridline.intake.open311.domain.Open311Error;
import org.springframework.http.HttpStatus;

import java.util.List;

/** A refusal in GeoReport's terms: an HTTP status and the error list for the body. */
class Open311Exception extends RuntimeException {

    private final HttpStatus status;
    private final List<Open311Error> errors;

    Open311Exception(HttpStatus status, List<Open311Error> errors) {
        super(errors.isEmpty() ? status.getReasonPhrase() : errors.get(0).description());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    Open311Exception(HttpStatus status, String description) {
        this(status, List.of(new Open311Error(status.value(), description)));
    }

    HttpStatus status() {
        return status;
    }

    List<Open311Error> errors() {
        return errors;
    }
}
