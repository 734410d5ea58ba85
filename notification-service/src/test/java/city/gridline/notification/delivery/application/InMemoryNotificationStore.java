package city.gridline.notification.delivery.application;

import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.Notification;
import city.gridline.notification.delivery.domain.NotificationState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The store's contract in memory, for the application's unit tests; the Mongo store is tested in the ITs. */
class InMemoryNotificationStore implements NotificationStore {

    private final Map<String, Notification> byId = new ConcurrentHashMap<>();
    private final Map<String, Instant> claimedUntil = new HashMap<>();

    @Override
    public Mono<Boolean> insertIfAbsent(Notification notification) {
        return Mono.fromSupplier(() -> byId.putIfAbsent(notification.id(), notification) == null);
    }

    @Override
    public Mono<Notification> findById(String id) {
        return Mono.justOrEmpty(byId.get(id));
    }

    @Override
    public Flux<Notification> find(NotificationState state, String caseNumber, int page, int size) {
        return Flux.fromIterable(byId.values())
                .filter(n -> state == null || n.state() == state)
                .filter(n -> caseNumber == null || caseNumber.equals(n.caseNumber()))
                .sort(Comparator.comparing(Notification::createdAt).reversed())
                .skip((long) page * size)
                .take(size);
    }

    @Override
    public synchronized Mono<Notification> claimNextDue(Instant now, Instant claimUntil,
                                                        Set<String> pushTeamsToLeave) {
        return Mono.justOrEmpty(byId.values().stream()
                        .filter(n -> n.isDueAt(now))
                        .filter(n -> n.channel() != Channel.TEAM_PUSH
                                || !pushTeamsToLeave.contains(n.recipient().address()))
                        .filter(n -> claimedUntil.getOrDefault(n.id(), Instant.EPOCH).isBefore(now))
                        .min(Comparator.comparing(Notification::notBefore)))
                .doOnNext(n -> claimedUntil.put(n.id(), claimUntil));
    }

    @Override
    public synchronized Mono<Notification> update(Notification notification) {
        Notification stored = byId.get(notification.id());
        if (stored == null || stored.version() != notification.version()) {
            return Mono.error(new ConcurrentNotificationUpdateException(notification.id()));
        }
        Notification next = new Notification(notification.id(), notification.channel(), notification.recipient(),
                notification.templateKey(), notification.text(), notification.caseNumber(), notification.emergency(),
                notification.state(), notification.createdAt(), notification.notBefore(), notification.rounds(),
                notification.attempts(), notification.failure(), notification.version() + 1);
        byId.put(next.id(), next);
        claimedUntil.remove(next.id());
        return Mono.just(next);
    }

    @Override
    public synchronized Mono<Notification> updateUnlessClaimed(Notification notification, Instant now) {
        if (claimedUntil.getOrDefault(notification.id(), Instant.EPOCH).isAfter(now)) {
            return Mono.error(new ConcurrentNotificationUpdateException(notification.id()));
        }
        return update(notification);
    }

    @Override
    public Mono<Map<NotificationState, Long>> countByState() {
        Map<NotificationState, Long> counts = new EnumMap<>(NotificationState.class);
        byId.values().forEach(n -> counts.merge(n.state(), 1L, Long::sum));
        return Mono.just(counts);
    }

    @Override
    public Mono<Long> eraseCitizenAddresses(Collection<String> caseNumbers) {
        throw new UnsupportedOperationException("the delivery tests erase nothing");
    }

    @Override
    public Mono<Long> eraseCitizenAddressesCreatedBetween(Instant from, Instant to) {
        throw new UnsupportedOperationException("the delivery tests erase nothing");
    }
}
