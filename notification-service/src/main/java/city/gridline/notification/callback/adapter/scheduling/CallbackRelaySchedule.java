package city.gridline.notification.callback.adapter.scheduling;

import city.gridline.notification.callback.application.Callbacks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;

/**
 * Publishes the call-back results recorded more than {@code relayAfter} ago whose events are still unpublished (so
 * that a request still at work is not overtaken), as often as the deadline steps' relay runs
 * ({@code gridline.notification.deadline.outbox-relay-after} and {@code outbox-relay-interval} serve both outboxes).
 */
public class CallbackRelaySchedule {

    private static final Logger log = LoggerFactory.getLogger(CallbackRelaySchedule.class);

    private final Callbacks callbacks;
    private final Clock clock;
    private final Duration relayAfter;
    private final Duration timeout;

    public CallbackRelaySchedule(Callbacks callbacks, Clock clock, Duration relayAfter, Duration timeout) {
        this.callbacks = callbacks;
        this.clock = clock;
        this.relayAfter = relayAfter;
        this.timeout = timeout;
    }

    @Scheduled(fixedDelayString = "${gridline.notification.deadline.outbox-relay-interval}",
            initialDelayString = "${gridline.notification.deadline.outbox-relay-interval}")
    public void relay() {
        try {
            callbacks.relay(clock.instant().minus(relayAfter)).block(timeout);
        } catch (RuntimeException e) {
            log.atWarn().setCause(e).log("call-back outbox relay failed; it runs again at the next interval");
        }
    }
}
