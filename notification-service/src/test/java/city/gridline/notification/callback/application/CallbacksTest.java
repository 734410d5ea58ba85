package city.gridline.notification.callback.application;

import city.gridline.notification.callback.domain.CallbackResult;
import city.gridline.notification.events.application.NotificationEventPublisher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class CallbacksTest {

    /** Found in review: each result's first call-back appeared at 1, which increase() on the dashboard does not count. */
    @Test
    void everyResultIsCountedFromZeroBeforeTheFirstCallBack() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new Callbacks(mock(CallbackStore.class), mock(NotificationEventPublisher.class), registry,
                Clock.systemUTC());

        assertThat(registry.find("gridline.callbacks").counters())
                .extracting(counter -> counter.getId().getTag("result"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(CallbackResult.values())
                        .map(CallbackResult::label).toList());
        assertThat(registry.find("gridline.callbacks").counters()).allSatisfy(counter ->
                assertThat(counter.count()).isZero());
    }
}
