package city.gridline.notification.delivery.application;

import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.NotificationState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code gridline.deliveries{channel, state}}: delivery rounds by the state they left the notification in (sent,
 * failed, dead);
 * {@code gridline.notifications{state}}: stored notifications by state, as of the last delivery poll.
 */
public class DeliveryMetrics {

    /** How a delivery round can end. */
    private static final List<NotificationState> ROUND_OUTCOMES =
            List.of(NotificationState.SENT, NotificationState.FAILED, NotificationState.DEAD);

    private final MeterRegistry registry;
    private final Map<NotificationState, AtomicLong> byState = new EnumMap<>(NotificationState.class);

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (NotificationState state : NotificationState.values()) {
            AtomicLong count = new AtomicLong();
            byState.put(state, count);
            Gauge.builder("gridline.notifications", count, AtomicLong::get)
                    .description("Stored notifications by delivery state")
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        // at zero from the start: a series that appears at 1 is not counted by increase() on the dashboards
        for (Channel channel : Channel.values()) {
            for (NotificationState outcome : ROUND_OUTCOMES) {
                rounds(channel, outcome);
            }
        }
    }

    public void roundEnded(Channel channel, NotificationState outcome) {
        rounds(channel, outcome).increment();
    }

    private Counter rounds(Channel channel, NotificationState outcome) {
        return Counter.builder("gridline.deliveries")
                .description("Delivery rounds by channel and how they ended")
                .tag("channel", channel.key())
                .tag("state", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    public void counted(Map<NotificationState, Long> counts) {
        byState.forEach((state, gauge) -> gauge.set(counts.getOrDefault(state, 0L)));
    }
}
