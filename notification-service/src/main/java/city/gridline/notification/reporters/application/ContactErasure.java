package city.gridline.notification.reporters.application;

import city.gridline.notification.delivery.application.NotificationStore;
import city.gridline.notification.register.application.CaseRecordStore;
import city.gridline.notification.register.domain.CaseRecord;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps citizens' phone numbers no longer than they serve (the Personal Information Protection Law's minimum
 * necessary, 最小必要), as intake does with its own copies. {@code keepFor} after a case ended (closed, transferred,
 * cancelled, merged) the sealed numbers of its reporters are dropped, and the citizens' numbers on its
 * notifications erased; {@code longest} after a report came in, whatever became of it (an unlocatable report has no
 * case, a backlogged one may never end), the same happens to its reporter's number and to the notifications created
 * then. Each run takes up where the last stopped (a mark in the reporter store), so a run covers everything that
 * came due since, however long the service was down.
 */
public class ContactErasure {

    private static final int CASES_PER_WRITE = 500;

    private final CaseRecordStore register;
    private final ReporterStore reporters;
    private final NotificationStore notifications;
    private final Clock clock;
    private final Duration keepFor;
    private final Duration longest;

    public ContactErasure(CaseRecordStore register, ReporterStore reporters, NotificationStore notifications,
                          Clock clock, Duration keepFor, Duration longest) {
        if (keepFor.isNegative() || keepFor.isZero() || longest.compareTo(keepFor) < 0) {
            throw new IllegalArgumentException("numbers are kept for a positive time, at most as long as the longest: "
                    + keepFor + ", " + longest);
        }
        this.register = register;
        this.reporters = reporters;
        this.notifications = notifications;
        this.clock = clock;
        this.keepFor = keepFor;
        this.longest = longest;
    }

    /** Erases what came due since the last run; returns how many numbers it dropped or erased. */
    public Mono<Long> erase() {
        Instant endedBefore = clock.instant().minus(keepFor);
        Duration shift = longest.minus(keepFor);
        return reporters.contactsErasedUpTo().defaultIfEmpty(Instant.EPOCH)
                .filter(from -> from.isBefore(endedBefore))
                .flatMap(from -> Mono.zip(ofCasesEndedBetween(from, endedBefore),
                                ofReportsReceivedBetween(from.minus(shift), endedBefore.minus(shift)), Long::sum)
                        .flatMap(erased -> reporters.markContactsErasedUpTo(endedBefore).thenReturn(erased)))
                .defaultIfEmpty(0L);
    }

    private Mono<Long> ofCasesEndedBetween(Instant from, Instant to) {
        return register.endedBetween(from, to)
                .buffer(CASES_PER_WRITE)
                .concatMap(cases -> Mono.zip(
                        reporters.eraseContacts(cases.stream().map(CaseRecord::reportId).toList()),
                        notifications.eraseCitizenAddresses(caseNumbers(cases)), Long::sum))
                .reduce(0L, Long::sum);
    }

    private Mono<Long> ofReportsReceivedBetween(Instant from, Instant to) {
        return Mono.zip(reporters.eraseContactsReceivedBetween(from, to),
                notifications.eraseCitizenAddressesCreatedBetween(from, to), Long::sum);
    }

    private static List<String> caseNumbers(List<CaseRecord> cases) {
        return cases.stream().map(CaseRecord::caseNumber).toList();
    }
}
