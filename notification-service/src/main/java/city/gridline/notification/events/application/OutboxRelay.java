package city.gridline.notification.events.application;

import reactor.core.publisher.Mono;

import java.time.Instant;

/**
 * An outbox of events written with the change that caused them: its relay publishes, as of {@code now}, what was left
 * unpublished long enough ago that the change's own attempt is not overtaken; gives how many it published.
 */
public interface OutboxRelay {

    Mono<Long> relay(Instant now);
}
