package city.gridline.notification.events.adapter.scheduling;

import city.gridline.notification.events.application.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Runs every outbox relay of the service (the deadline steps', the call-back results') every
 * {@code outbox-relay-interval}; one that fails is logged and runs again at the next interval, the others run all the
 * same.
 */
public class OutboxRelaySchedule {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelaySchedule.class);

    private final List<OutboxRelay> relays;
    private final Clock clock;
    private final Duration timeout;

    public OutboxRelaySchedule(List<OutboxRelay> relays, Clock clock, Duration timeout) {
        this.relays = List.copyOf(relays);
        this.clock = clock;
        this.timeout = timeout;
    }

    @Scheduled(fixedDelayString = "${gridline.notification.deadline.outbox-relay-interval}",
            initialDelayString = "${gridline.notification.deadline.outbox-relay-interval}")
    public void relay() {
        for (OutboxRelay relay : relays) {
            try {
                relay.relay(clock.instant()).block(timeout);
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("outbox", relay.getClass().getSimpleName()).setCause(e)
                        .log("outbox relay failed; it runs again at the next interval");
            }
        }
    }
}
