package city.gridline.notification.delivery.application;

import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.Notification;
import reactor.core.publisher.Mono;

import java.util.function.Consumer;

/**
 * Hands notifications to one channel, with the channel's retries, circuit breaker and bulkhead. Every try is
 * reported to {@code tries}: null when it succeeded, else why it failed. Completes when the channel took the message;
 * errors with {@link DeliveryRejectedException} when the channel refuses the message itself (never worth another round),
 * with any other exception when the round failed.
 */
public interface ChannelSender {

    Channel channel();

    Mono<Void> send(Notification notification, Consumer<String> tries);
}
