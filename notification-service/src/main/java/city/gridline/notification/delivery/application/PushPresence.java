package city.gridline.notification.delivery.application;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Set;

/**
 * Where the devices of each team are connected, among the instances of the service: a team's devices hold their
 * stream open on one instance, and only that instance can push to them, so the others leave the team's pushes to it.
 */
public interface PushPresence {

    /** For a single instance, or where no device ever connects: every instance takes every push. */
    PushPresence NONE = new PushPresence() {
        @Override
        public Mono<Void> announce(Instant now) {
            return Mono.empty();
        }

        @Override
        public Mono<Set<String>> servedElsewhere(Instant now) {
            return Mono.just(Set.of());
        }
    };

    /** Records, for the other instances, the teams with a device connected to this one. */
    Mono<Void> announce(Instant now);

    /** Teams with a device connected to another instance and none to this one: their pushes are that one's. */
    Mono<Set<String>> servedElsewhere(Instant now);
}
