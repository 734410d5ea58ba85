package city.gridline.notification.delivery.application;

import city.gridline.notification.delivery.domain.Notification;
import city.gridline.notification.delivery.domain.NotificationState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Notifications by id; a delivery round claims one for a while so that two instances never send it together. */
public interface NotificationStore {

    /** True when stored; false when a notification with its id exists already. */
    Mono<Boolean> insertIfAbsent(Notification notification);

    Mono<Notification> findById(String id);

    /** Newest first, page {@code page} (from 0) of {@code size}; a null state or case number does not filter. */
    Flux<Notification> find(NotificationState state, String caseNumber, int page, int size);

    /**
     * Claims the notification that has been due longest, not claimed by another round, and no push to one of
     * {@code pushTeamsToLeave} (another instance's, see {@link PushPresence}); empty when none is due.
     */
    Mono<Notification> claimNextDue(Instant now, Instant claimUntil, Set<String> pushTeamsToLeave);

    /**
     * Replaces the stored notification if nobody wrote it since it was read (same version) and releases any claim;
     * fails with {@link ConcurrentNotificationUpdateException} otherwise.
     */
    Mono<Notification> update(Notification notification);

    /**
     * {@link #update}, for a person's change: fails with {@link ConcurrentNotificationUpdateException} also while a
     * delivery round holds the notification (a claim running past {@code now}), so that a resend never starts a
     * second round beside one that may still send.
     */
    Mono<Notification> updateUnlessClaimed(Notification notification, Instant now);

    Mono<Map<NotificationState, Long>> countByState();

    /**
     * Erases the citizens' numbers ({@link city.gridline.notification.delivery.domain.SealedAddress#ERASED}) of the
     * notifications about these cases; returns how many.
     */
    Mono<Long> eraseCitizenAddresses(Collection<String> caseNumbers);

    /** Erases the citizens' numbers of the notifications created within [from, to); returns how many. */
    Mono<Long> eraseCitizenAddressesCreatedBetween(Instant from, Instant to);
}
