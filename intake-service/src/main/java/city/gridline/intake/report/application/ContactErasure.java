package city.gridline.intake.report.application;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Keeps reporters' phone numbers no longer than they serve (the Personal Information Protection Law's minimum
 * necessary, 最小必要): {@code keepFor} after a report reached a final status (closed, transferred, cancelled,
 * merged, unlocatable), its sealed number is dropped, and so are those of the repeats merged into it. The masked
 * number stays, so the report still reads as it did. Each run takes up where the last stopped (a mark in the store),
 * so a run covers every report that ended since, however long the service was down.
 */
public class ContactErasure {

    private final ReportStore store;
    private final Clock clock;
    private final Duration keepFor;

    public ContactErasure(ReportStore store, Clock clock, Duration keepFor) {
        this.store = store;
        this.clock = clock;
        this.keepFor = Objects.requireNonNull(keepFor, "keepFor");
        if (keepFor.isNegative() || keepFor.isZero()) {
            throw new IllegalArgumentException("numbers are kept for a positive time, not " + keepFor);
        }
    }

    /** Drops the numbers of the reports that ended more than {@code keepFor} ago; returns how many it dropped. */
    public Mono<Long> erase() {
        Instant endedBefore = clock.instant().minus(keepFor);
        return store.contactsErasedUpTo().defaultIfEmpty(Instant.EPOCH)
                .filter(from -> from.isBefore(endedBefore))
                .flatMap(from -> store.eraseContactsEndedBetween(from, endedBefore)
                        .flatMap(erased -> store.markContactsErasedUpTo(endedBefore).thenReturn(erased)))
                .defaultIfEmpty(0L);
    }
}
