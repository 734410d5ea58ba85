package city.gridline.notification.reporters.application;

import city.gridline.notification.delivery.application.NotificationStore;
import city.gridline.notification.register.application.CaseRecordStore;
import city.gridline.notification.register.domain.CaseRecord;
import city.gridline.servicekit.retention.ErasableContacts;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

/**
 * The citizens' numbers this service holds, as the contact erasure drops them: the reporters' sealed numbers and the
 * citizens' addresses on the notifications. What ends is a case (closed, transferred, cancelled, merged, and not
 * reopened since): its reporters' numbers go (those of the repeats that followed it too) and the addresses on its
 * notifications are erased. By the time a report came in, its reporter's number goes, and so do the addresses on the
 * notifications created then. The mark is kept with the reporters.
 */
public class CitizenContacts implements ErasableContacts {

    private static final int CASES_PER_WRITE = 500;

    private final CaseRecordStore register;
    private final ReporterStore reporters;
    private final NotificationStore notifications;

    public CitizenContacts(CaseRecordStore register, ReporterStore reporters, NotificationStore notifications) {
        this.register = register;
        this.reporters = reporters;
        this.notifications = notifications;
    }

    @Override
    public Mono<Long> eraseEndedBetween(Instant from, Instant to) {
        return register.endedBetween(from, to)
                .buffer(CASES_PER_WRITE)
                .concatMap(cases -> Mono.zip(
                        reporters.eraseContacts(cases.stream().map(CaseRecord::reportId).toList()),
                        notifications.eraseCitizenAddresses(caseNumbers(cases)), Long::sum))
                .reduce(0L, Long::sum);
    }

    @Override
    public Mono<Long> eraseReceivedBetween(Instant from, Instant to) {
        return Mono.zip(reporters.eraseContactsReceivedBetween(from, to),
                notifications.eraseCitizenAddressesCreatedBetween(from, to), Long::sum);
    }

    @Override
    public Mono<Instant> erasedUpTo() {
        return reporters.contactsErasedUpTo();
    }

    @Override
    public Mono<Void> markErasedUpTo(Instant upTo) {
        return reporters.markContactsErasedUpTo(upTo);
    }

    private static List<String> caseNumbers(List<CaseRecord> cases) {
        return cases.stream().map(CaseRecord::caseNumber).toList();
    }
}
