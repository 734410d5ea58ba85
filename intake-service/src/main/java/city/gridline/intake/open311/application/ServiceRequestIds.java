package city.gridline.intake.open311.application;

import reactor.core.publisher.Mono;

/** Hands out new GeoReport {@code service_request_id}s, never the same twice. */
public interface ServiceRequestIds {

    Mono<String> next();
}
