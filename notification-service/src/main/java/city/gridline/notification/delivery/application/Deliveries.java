package city.gridline.notification.delivery.application;

import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.DeliveryAttempt;
import city.gridline.notification.delivery.domain.Notification;
import city.gridline.notification.delivery.domain.NotificationState;
import city.gridline.notification.delivery.domain.QuietHours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Creates notifications and delivers them round by round until they are SENT or DEAD. Nothing is dropped: every
 * failure is stored on the notification with its reason, and a DEAD one waits for a re-send. While deliveries are
 * held, new ones wait HELD for a release; a HELD or DEAD one an operator discards is kept, DISCARDED.
 */
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final NotificationStore store;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final QuietHours quietHours;
    private final DeliveryPolicy policy;
    private final DeliveryMetrics metrics;
    private final PushPresence pushPresence;
    private final Clock clock;

    public Deliveries(NotificationStore store, List<ChannelSender> senders, QuietHours quietHours, DeliveryPolicy policy,
                      DeliveryMetrics metrics, PushPresence pushPresence, Clock clock) {
        this.store = store;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.quietHours = quietHours;
        this.policy = policy;
        this.metrics = metrics;
        this.pushPresence = pushPresence;
        this.clock = clock;
    }

    /**
     * Stores the notification PENDING, held back by quiet hours where they apply, or HELD while deliveries are held;
     * a known id changes nothing.
     */
    public Mono<Notification> submit(NewNotification request) {
        Instant now = clock.instant();
        Instant notBefore = quietHours.appliesTo(request.channel(), request.recipient(), request.emergency())
                ? quietHours.earliestDelivery(now) : now;
        Notification pending = Notification.pending(request.id(), request.channel(), request.recipient(),
                request.message(), request.caseNumber(), request.emergency(), now, notBefore);
        Notification notification = policy.hold() ? pending.held() : pending;
        return store.insertIfAbsent(notification).then(Mono.defer(() -> store.findById(request.id())));
    }

    /**
     * Runs a round for each notification due now, up to the batch size; returns how many it handled. Pushes to teams
     * whose devices are connected to another instance are left to that instance.
     */
    public Mono<Long> deliverDue() {
        Instant now = clock.instant();
        return pushPresence.announce(now).then(pushPresence.servedElsewhere(now))
                .flatMap(pushTeamsToLeave -> Mono.defer(() -> claimNextDue(pushTeamsToLeave))
                        .map(Optional::of).defaultIfEmpty(Optional.empty())
                        .repeat(policy.batchSize() - 1L)
                        .takeWhile(Optional::isPresent)
                        .map(Optional::get)
                        .flatMap(this::deliver, policy.concurrency())
                        .count())
                .flatMap(handled -> store.countByState().doOnNext(metrics::counted).thenReturn(handled));
    }

    /** Sends the notification again; refused while a round holds it ({@link NotificationStore#updateUnlessClaimed}). */
    public Mono<Notification> resend(String id) {
        return find(id)
                .map(notification -> notification.resent(clock.instant()))
                .flatMap(resent -> store.updateUnlessClaimed(resent, clock.instant()));
    }

    /** Discards a HELD or DEAD notification: kept with {@code reason}, not sent unless re-sent. */
    public Mono<Notification> discard(String id, String reason) {
        return find(id)
                .map(notification -> notification.discarded(reason))
                .flatMap(discarded -> store.updateUnlessClaimed(discarded, clock.instant()));
    }

    /** Makes every HELD notification PENDING (quiet hours still apply to its round); returns how many. */
    public Mono<Long> releaseHeld() {
        return eachHeld(notification -> notification.resent(clock.instant()));
    }

    /** Discards every HELD notification with {@code reason}; returns how many. */
    public Mono<Long> discardHeld(String reason) {
        return eachHeld(notification -> notification.discarded(reason));
    }

    /** One change to each HELD notification; one changed meanwhile (released or discarded by another) is left. */
    private Mono<Long> eachHeld(UnaryOperator<Notification> change) {
        return store.find(NotificationState.HELD, null, 0, Integer.MAX_VALUE)
                .concatMap(held -> store.update(change.apply(held))
                        .onErrorResume(ConcurrentNotificationUpdateException.class, this::changedMeanwhile))
                .count()
                .flatMap(changed -> store.countByState().doOnNext(metrics::counted).thenReturn(changed));
    }

    public Mono<Notification> find(String id) {
        return store.findById(id).switchIfEmpty(Mono.error(() -> new NotificationNotFoundException(id)));
    }

    public Flux<Notification> search(NotificationState state, String caseNumber, int page, int size) {
        return store.find(state, caseNumber, page, size);
    }

    private Mono<Notification> claimNextDue(Set<String> pushTeamsToLeave) {
        Instant now = clock.instant();
        return store.claimNextDue(now, now.plus(policy.claimFor()), pushTeamsToLeave);
    }

    /** One delivery round; the outcome is stored whatever happens in the channel. */
    Mono<Notification> deliver(Notification notification) {
        Instant now = clock.instant();
        Instant earliest = quietHours.earliestDelivery(notification, now);
        if (earliest.isAfter(now)) {
            return store.update(notification.postponedUntil(earliest)).onErrorResume(
                    ConcurrentNotificationUpdateException.class, this::changedMeanwhile);
        }
        int round = notification.nextRound();
        List<DeliveryAttempt> tries = Collections.synchronizedList(new ArrayList<>());
        ChannelSender sender = senders.get(notification.channel());
        Mono<Void> sending = sender == null
                ? Mono.error(new IllegalStateException("no sender for channel " + notification.channel() + " is configured"))
                : Mono.defer(() -> sender.send(notification, failure -> tries.add(failure == null
                        ? DeliveryAttempt.succeeded(clock.instant(), round)
                        : DeliveryAttempt.failed(clock.instant(), round, failure))));
        return sending
                .then(Mono.fromSupplier(() -> notification.delivered(copyOf(tries))))
                .onErrorResume(failure -> Mono.just(afterFailure(notification, round, copyOf(tries), failure)))
                .flatMap(outcome -> store.update(outcome).doOnNext(this::ended))
                .onErrorResume(ConcurrentNotificationUpdateException.class, this::changedMeanwhile);
    }

    private Notification afterFailure(Notification notification, int round, List<DeliveryAttempt> tries, Throwable failure) {
        String reason = reasonOf(failure);
        List<DeliveryAttempt> attempts = new ArrayList<>(tries);
        if (attempts.isEmpty() || attempts.get(attempts.size() - 1).succeeded()) {
            // The round failed before or after reaching the channel (an open circuit, a full bulkhead, no sender):
            // the history still shows the round and why.
            attempts.add(DeliveryAttempt.failed(clock.instant(), round, reason));
        }
        if (failure instanceof DeliveryRejectedException) {
            return notification.rejected(attempts, reason);
        }
        return notification.failed(attempts, reason, clock.instant(), policy.maxRounds(), policy.roundBackoff());
    }

    private void ended(Notification notification) {
        metrics.roundEnded(notification.channel(), notification.state());
        if (notification.state() == NotificationState.DEAD) {
            log.atWarn().addKeyValue("notificationId", notification.id()).addKeyValue("caseNumber", notification.caseNumber())
                    .addKeyValue("reason", notification.failure()).log("notification is dead");
        }
    }

    /** A re-send reset the notification while its round ran: the re-send stands and the next poll takes it up. */
    private Mono<Notification> changedMeanwhile(ConcurrentNotificationUpdateException e) {
        log.atInfo().log(e.getMessage());
        return Mono.empty();
    }

    private static List<DeliveryAttempt> copyOf(List<DeliveryAttempt> tries) {
        synchronized (tries) {
            return List.copyOf(tries);
        }
    }

    static String reasonOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
