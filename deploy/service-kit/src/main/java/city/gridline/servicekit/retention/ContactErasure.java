package city.gridline.servicekit.retention;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps citizens' phone numbers no longer than they serve (the Personal Information Protection Law's minimum
 * necessary, 最小必要), in every service that holds them: {@code keepFor} after a report or its case ended, and
 * {@code longest} after the report came in whatever became of it (an unlocatable report never has a case, a
 * backlogged one may never end). Each run takes up where the last one stopped (a mark the service stores), so a run
 * covers everything that came due since, however long the service was down.
 */
public final class ContactErasure {

    private final ErasableContacts contacts;
    private final Clock clock;
    private final Duration keepFor;
    private final Duration longest;

    public ContactErasure(ErasableContacts contacts, Clock clock, Duration keepFor, Duration longest) {
        if (keepFor.isNegative() || keepFor.isZero() || longest.compareTo(keepFor) < 0) {
            throw new IllegalArgumentException("numbers are kept for a positive time, at most as long as the longest: "
                    + keepFor + ", " + longest);
        }
        this.contacts = contacts;
        this.clock = clock;
        this.keepFor = keepFor;
        this.longest = longest;
    }

    /** Drops the numbers that came due since the last run; returns how many it dropped. */
    public Mono<Long> erase() {
        Instant endedBefore = clock.instant().minus(keepFor);
        Duration shift = longest.minus(keepFor);
        return contacts.erasedUpTo().defaultIfEmpty(Instant.EPOCH)
                .filter(from -> from.isBefore(endedBefore))
                .flatMap(from -> Mono.zip(contacts.eraseEndedBetween(from, endedBefore),
                                contacts.eraseReceivedBetween(from.minus(shift), endedBefore.minus(shift)),
                                Long::sum)
                        .flatMap(erased -> contacts.markErasedUpTo(endedBefore).thenReturn(erased)))
                .defaultIfEmpty(0L);
    }
}
