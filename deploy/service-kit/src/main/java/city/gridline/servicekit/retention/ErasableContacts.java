package city.gridline.servicekit.retention;

import reactor.core.publisher.Mono;

import java.time.Instant;

/** Where a service keeps citizens' phone numbers, as {@link ContactErasure} drops them. */
public interface ErasableContacts {

    /** Drops the numbers of what ended (a report, a case) within [from, to); returns how many it dropped. */
    Mono<Long> eraseEndedBetween(Instant from, Instant to);

    /** Drops the numbers of the reports that came in within [from, to), whatever became of them; how many. */
    Mono<Long> eraseReceivedBetween(Instant from, Instant to);

    /** Up to when the numbers were dropped; empty before the first time. */
    Mono<Instant> erasedUpTo();

    Mono<Void> markErasedUpTo(Instant upTo);
}
