package city.gridline.notification.deadline.application;

import city.gridline.contracts.event.DeadlineEvent;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.notification.events.application.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox relay of the deadline watch: carries out the steps that were claimed but not announced — the broker
 * refused the event, or the instance died between storing the claim and publishing — once they are older than
 * {@code relayAfter} (so that a watch still at work is not overtaken), oldest first. A step that cannot be read
 * or announced stays where it is, logged at every run, and does not hold back the others.
 */
public class DeadlineStepRelay implements OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(DeadlineStepRelay.class);

    private final DeadlineStore store;
    private final DeadlineAnnouncer announcer;
    private final EventCodec codec;
    private final Duration relayAfter;

    public DeadlineStepRelay(DeadlineStore store, DeadlineAnnouncer announcer, EventCodec codec, Duration relayAfter) {
        this.store = store;
        this.announcer = announcer;
        this.codec = codec;
        this.relayAfter = relayAfter;
    }

    /** Announces what earlier attempts left behind as of {@code now}; counts the steps announced. */
    @Override
    public Mono<Long> relay(Instant now) {
        return store.unannouncedBefore(now.minus(relayAfter))
                .concatMap(step -> Mono.defer(() -> announcer.announce(decoded(step)))
                        .doOnSuccess(done -> log.atInfo().addKeyValue("caseNumber", step.caseNumber())
                                .addKeyValue("eventId", step.eventId()).log("deadline step relayed"))
                        .thenReturn(1L)
                        .onErrorResume(failure -> {
                            log.atWarn().addKeyValue("caseNumber", step.caseNumber())
                                    .addKeyValue("eventId", step.eventId()).setCause(failure)
                                    .log("deadline step still not announced; the relay tries again");
                            return Mono.just(0L);
                        }))
                .reduce(0L, Long::sum);
    }

    @SuppressWarnings("unchecked")
    private EventEnvelope<? extends DeadlineEvent> decoded(StepAnnouncement step) {
        EventEnvelope<?> envelope = codec.decode(step.envelope().getBytes(StandardCharsets.UTF_8));
        if (!(envelope.data() instanceof DeadlineEvent)) {
            throw new IllegalStateException("the outbox of case " + step.caseNumber() + " holds " + envelope.type());
        }
        return (EventEnvelope<? extends DeadlineEvent>) envelope;
    }
}
