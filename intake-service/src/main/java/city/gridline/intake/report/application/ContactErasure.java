package city.gridline.intake.report.application;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps reporters' phone numbers no longer than they serve (the Personal Information Protection Law's minimum
 * necessary, 最小必要): {@code keepFor} after a report reached a final status (closed, transferred, cancelled,
 * merged, unlocatable), its sealed number is dropped, and so are those of the repeats merged into it; whatever became
 * of a report (a backlogged case may never end), its number is dropped {@code longest} after it came in. The masked
 * number stays, so the report still reads as it did. Each run takes up where the last stopped (a mark in the store),
 * so a run covers everything that came due since, however long the service was down.
 */
public class ContactErasure {

    private final ReportStore store;
    private final Clock clock;
    private final Duration keepFor;
    private final Duration longest;

    public ContactErasure(ReportStore store, Clock clock, Duration keepFor, Duration longest) {
        if (keepFor.isNegative() || keepFor.isZero() || longest.compareTo(keepFor) < 0) {
            throw new IllegalArgumentException("numbers are kept for a positive time, at most as long as the longest: "
                    + keepFor + ", " + longest);
        }
        this.store = store;
        this.clock = clock;
        this.keepFor = keepFor;
        this.longest = longest;
    }

    /** Drops the numbers that came due since the last run; returns how many it dropped. */
    public Mono<Long> erase() {
        Instant endedBefore = clock.instant().minus(keepFor);
        Duration shift = longest.minus(keepFor);
        return store.contactsErasedUpTo().defaultIfEmpty(Instant.EPOCH)
                .filter(from -> from.isBefore(endedBefore))
                .flatMap(from -> Mono.zip(store.eraseContactsEndedBetween(from, endedBefore),
                                store.eraseContactsReceivedBetween(from.minus(shift), endedBefore.minus(shift)),
                                Long::sum)
                        .flatMap(erased -> store.markContactsErasedUpTo(endedBefore).thenReturn(erased)))
                .defaultIfEmpty(0L);
    }
}
