package city.gridline.intake.report.application;

import city.gridline.intake.report.domain.FiledBy;
import reactor.core.publisher.Mono;

/** Who is filing the report being submitted: the request's authenticated caller. */
@FunctionalInterface
public interface Filers {

    /** The caller of the request being handled; empty when it is not authenticated. */
    Mono<FiledBy> current();
}
