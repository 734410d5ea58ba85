package city.gridline.notification.delivery.adapter.web;

import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.DeliveryAttempt;
import city.gridline.notification.delivery.domain.Notification;
import city.gridline.notification.delivery.domain.NotificationState;
import city.gridline.notification.delivery.domain.RecipientKind;
import city.gridline.notification.delivery.domain.SealedAddress;

import java.time.Instant;
import java.util.List;

/**
 * A notification as the API shows it; the recipient's address is masked (a phone number keeps 3 + 4 digits; a
 * citizen's sealed number shows as {@code (sealed)}).
 */
public record NotificationView(String id, Channel channel, RecipientView recipient, String templateKey, String text,
                               String caseNumber, boolean emergency, NotificationState state, Instant createdAt,
                               Instant notBefore, int rounds, List<AttemptView> attempts, String failure) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.channel(),
                new RecipientView(n.recipient().kind(), n.recipient().id(), masked(n.recipient().address())),
                n.templateKey(), n.text(), n.caseNumber(), n.emergency(), n.state(), n.createdAt(), n.notBefore(),
                n.rounds(), n.attempts().stream().map(AttemptView::of).toList(), n.failure());
    }

    static String masked(String address) {
        if (SealedAddress.in(address).isPresent()) {
            return "(sealed)";
        }
        if (SealedAddress.isErased(address)) {
            return "(erased)";
        }
        if (address.length() < 8) {
            return "*".repeat(address.length());
        }
        return address.substring(0, 3) + "*".repeat(address.length() - 7) + address.substring(address.length() - 4);
    }

    public record RecipientView(RecipientKind kind, String id, String address) {
    }

    public record AttemptView(Instant at, int round, boolean succeeded, String failure) {

        static AttemptView of(DeliveryAttempt attempt) {
            return new AttemptView(attempt.at(), attempt.round(), attempt.succeeded(), attempt.failure());
        }
    }
}
