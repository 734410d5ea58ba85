package city.gridline.notification.deadline.application;

import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DeadlineStepRelayTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    private final DeadlineStore store = mock(DeadlineStore.class);
    private final DeadlineAnnouncer announcer = mock(DeadlineAnnouncer.class);
    private final EventCodec codec = new EventCodec();
    private final DeadlineStepRelay relay = new DeadlineStepRelay(store, announcer, codec, Duration.ofMinutes(1));

    /** Found in review: one entry that could not be read stopped every relay run before the steps behind it. */
    @Test
    void aStepThatCannotBeReadDoesNotHoldBackTheOthers() {
        String warning = new String(GoldenSamples.sample(EventTypes.DEADLINE_WARNING), StandardCharsets.UTF_8);
        EventEnvelope<?> decoded = codec.decode(warning.getBytes(StandardCharsets.UTF_8));
        when(store.unannouncedBefore(NOW.minus(Duration.ofMinutes(1)))).thenReturn(Flux.just(
                new StepAnnouncement("990101-00000001", "unreadable", "{\"not\": \"an envelope\"}",
                        NOW.minusSeconds(600)),
                new StepAnnouncement(decoded.aggregateId(), decoded.eventId(), warning, NOW.minusSeconds(300))));
        when(announcer.announce(any())).thenReturn(Mono.empty());

        assertThat(relay.relay(NOW).block()).isEqualTo(1L);
        verify(announcer).announce(any());
    }
}
