package city.gridline.notification.delivery.adapter.mongo;

import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.DeliveryAttempt;
import city.gridline.notification.delivery.domain.Notification;
import city.gridline.notification.delivery.domain.NotificationState;
import city.gridline.notification.delivery.domain.Recipient;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A notification in the {@code notifications} collection. {@code claimedUntil}: until when a delivery round holds it
 * ({@link Instant#EPOCH} when no round does).
 */
@Document(NotificationDocument.COLLECTION)
record NotificationDocument(@Id String id, Channel channel, Recipient recipient, String templateKey, String text,
                            String caseNumber, boolean emergency, NotificationState state, Instant createdAt,
                            Instant notBefore, int rounds, List<DeliveryAttempt> attempts, String failure, long version,
                            Instant claimedUntil) {

    static final String COLLECTION = "notifications";

    static NotificationDocument unclaimed(Notification n) {
        return new NotificationDocument(n.id(), n.channel(), n.recipient(), n.templateKey(), n.text(), n.caseNumber(),
                n.emergency(), n.state(), n.createdAt(), n.notBefore(), n.rounds(), n.attempts(), n.failure(),
                n.version(), Instant.EPOCH);
    }

    Notification toNotification() {
        return new Notification(id, channel, recipient, templateKey, text, caseNumber, emergency, state, createdAt,
                notBefore, rounds, attempts == null ? List.of() : attempts, failure, version);
    }
}
