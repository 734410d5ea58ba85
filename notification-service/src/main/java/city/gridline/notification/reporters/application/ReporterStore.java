package city.gridline.notification.reporters.application;

import city.gridline.notification.reporters.domain.Reporter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;

/** The reporters notification knows, and which case each report became. */
public interface ReporterStore {

    /**
     * Adds the reporter or replaces what was known of their report (an unlinked repeat follows its own case), once
     * per registration: the same registration again — redelivered, or replayed from the dead-letter topic — changes
     * nothing, so it cannot undo a later merge, unlink or erasure. Gives back the reporter as now stored.
     */
    Mono<Reporter> register(String registrationId, Reporter reporter);

    /** The reporters following the case of this report. */
    Flux<Reporter> following(String primaryReportId);

    Mono<Void> linkCase(String reportId, String caseNumber);

    Mono<String> caseOf(String reportId);

    /** The report a case was opened for; empty for a case this service has not seen opened. */
    Mono<String> reportOfCase(String caseNumber);

    /** The reporters following {@code fromPrimaryReportId} follow {@code toPrimaryReportId} from now on; how many. */
    Mono<Long> follow(String fromPrimaryReportId, String toPrimaryReportId);

    /**
     * Drops the sealed numbers of the reporters of these reports: theirs, and those of the reporters following them;
     * returns how many it dropped.
     */
    Mono<Long> eraseContacts(Collection<String> reportIds);

    /** Drops the sealed numbers of the reporters whose reports intake received within [from, to); how many. */
    Mono<Long> eraseContactsReceivedBetween(Instant from, Instant to);

    /** Up to when reporters' numbers were dropped; empty before the first time. */
    Mono<Instant> contactsErasedUpTo();

    Mono<Void> markContactsErasedUpTo(Instant upTo);
}
