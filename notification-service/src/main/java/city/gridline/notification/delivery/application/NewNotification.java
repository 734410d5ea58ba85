package city.gridline.notification.delivery.application;

import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.Recipient;
import city.gridline.notification.delivery.domain.RenderedMessage;

import java.util.Objects;

/**
 * A notification to create. {@code id} is derived from what caused it (an event id and the channel), so that a
 * redelivered event creates nothing new.
 */
public record NewNotification(String id, Channel channel, Recipient recipient, RenderedMessage message,
                              String caseNumber, boolean emergency) {

    public NewNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
    }
}
